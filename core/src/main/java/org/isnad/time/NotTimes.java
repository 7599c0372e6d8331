package org.isnad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.Span;
import org.isnad.model.SpanIndex;

/**
 * Drops what looks like a time and is not ({@code time/not-times.tsv}): a time word inside a name
 * or an idiom ("عين اليوم", "صحيفة الغد", "صباح مساء", "أبو قرنين"), a rate ("مليون برميل في
 * اليوم"), digits in a web or mail address, and an age ("البالغ 12 عاما", "(35 عاما)", "30 عاما من
 * العمر"), which counts years of a life, not a stretch of the story.
 */
final class NotTimes {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How many words before a count of years an age word may stand ("تبلغ من العمر 51 عاما"). */
    private static final int AGE_REACH = 5;
    /** How many words back a death may stand from "عن" before an age. */
    private static final int DEATH_REACH = 9;
    /** How far a name or idiom that holds an expression may reach past it, either side. */
    private static final int NAME_REACH = 80;
    /** How far into a link or a mail address an expression may be found. */
    private static final int LINK_REACH = 300;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Pattern names;
    private final MatchPrefixes nameStarts;
    /** Links and mail addresses, whose digits are no dates. */
    private final Pattern links;
    private final Pattern rates;
    private final MatchPrefixes rateStarts;
    private final java.util.Set<String> ageWords;
    private final List<String> ageAfter;
    private final TimeLexicon lexicon;
    private final QuotedTitles titles;

    NotTimes(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.titles = new QuotedTitles(lexicon);
        String name = AlternationTrie.of(lexicon.around.names);
        String outlet = AlternationTrie.of(lexicon.around.outletNouns);
        String head = AlternationTrie.of(lexicon.around.nameHeads);
        String unit = AlternationTrie.of(lexicon.units.keySet());
        // Names and idioms; an outlet's name; a unit in a family name ("أبو قرنين"). Apart, links and
        // addresses, whose digits are no dates; a mail address is tried only where a run of its chars
        // starts: tried inside a long word it would run to the word's end from every char (issue 6).
        String nameRegex = "(?<![\\p{L}\\p{N}])[وف]?(?:" + name + "|(?:" + outlet + ")\\s+[\\p{L}]+|(?:" + head + ")\\s+(?:" + unit
                + "))(?![\\p{L}\\p{N}])";
        this.names = Pattern.compile(nameRegex);
        this.nameStarts = MatchPrefixes.of(nameRegex, false);
        this.links = Pattern.compile("(?<![\\p{L}\\p{N}])(?:https?://|www\\.)[^\\s]+|(?<![^\\s@])[^\\s@]+@[^\\s@]+\\.[^\\s]+");
        // A rate's unit is not followed by what makes it a day ("في اليوم الثاني", "في اليوم التالي").
        java.util.List<String> ordinalsAndRel = new java.util.ArrayList<>(lexicon.daysOfMonth);
        ordinalsAndRel.addAll(lexicon.rel.keySet());
        String rateRegex = "(?<![\\p{L}\\p{N}])(?:" + AlternationTrie.of(lexicon.around.rates) + ")(?![\\p{L}\\p{N}])(?!\\s+(?:"
                + AlternationTrie.of(ordinalsAndRel) + ")(?![\\p{L}\\p{N}]))";
        this.rates = Pattern.compile(rateRegex);
        this.rateStarts = MatchPrefixes.of(rateRegex, false);
        this.ageWords = java.util.Set.copyOf(lexicon.around.ageWords);
        this.ageAfter = lexicon.around.ageAfter;
    }

    List<Chunk> filter(String text, List<Chunk> chunks) {
        if (chunks.isEmpty()) {
            return chunks;
        }
        // A name that holds an expression lies around it: only those stretches are scanned.
        List<Span> spans = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            spans.add(new Span(tokenStart(text, c.start()), tokenEnd(text, c.end())));
        }
        List<Span> windows = TextWindows.around(spans, NAME_REACH, NAME_REACH, text.length());
        List<Span> inNames = new ArrayList<>();
        TextWindows.find(names.matcher(text), nameStarts, text, windows, m -> inNames.add(new Span(m.start(), m.end())));
        // A link or an address is one run of non-space chars: only such runs that hold an expression and a mark of one are read.
        List<Span> linkWindows = new ArrayList<>();
        for (Span run : spans) {
            String token = text.substring(run.start(), run.end());
            if (token.contains("@") || token.contains("://") || token.contains("www.")) {
                linkWindows.add(run);
            }
        }
        TextWindows.find(links.matcher(text), null, text, TextWindows.around(linkWindows, 0, 0, text.length()), m -> inNames.add(new Span(m.start(), m.end())));
        TextWindows.find(rates.matcher(text), rateStarts, text, windows, r -> {
            // "مليون برميل في اليوم": per day, when a number stands a few words before.
            if (wordsBefore(text, r.start()).stream().anyMatch(w -> lexicon.amountOf(w) != null || w.chars().anyMatch(Character::isDigit))) {
                inNames.add(new Span(r.start(), r.end()));
            }
        });
        // Looked up, not scanned, per expression: a report of thousands of names and times stays linear (issue 6).
        SpanIndex<Span> names = SpanIndex.of(inNames, n -> n);
        List<Chunk> out = new ArrayList<>(chunks.size());
        Chunk lastAge = null;
        for (Chunk c : chunks) {
            if (!names.containing(new Span(c.start(), c.end())).isEmpty() || startsInIdiom(text, names, c)) {
                continue;
            }
            if (isAge(text, c, lastAge)) {
                lastAge = c;
                continue;
            }
            if (isFamilyName(text, c) || isGeneral(text, c) || isQuotedName(text, c) || isPlaceName(text, c)
                    || titles.inTitle(text, c.start(), c.end())) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** The start of the run of non-space chars (a link, an address) that holds {@code at}, within reach. */
    private static int tokenStart(String text, int at) {
        int i = at;
        while (i > 0 && at - i < LINK_REACH && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int tokenEnd(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < LINK_REACH && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean isAge(String text, Chunk c, Chunk lastAge) {
        TimeFields f = c.fields();
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 20)).strip();
        // "بعد ثلاث سنوات من العمر", "في الخمسينيات من عمره": a count or decade of one's life is an age.
        // The event a count hangs on ("بعد ثلاث سنوات من ...") is inside the span.
        String tail = f.has(Field.EVENT) ? text.substring(c.start(), c.end()) : "";
        if ((f.has(Field.UNIT) || f.has(Field.DECADE)) && !f.has(Field.SET)
                && ageAfter.stream().anyMatch(p -> after.startsWith(p) || tail.endsWith(" " + p))) {
            return true;
        }
        if (f.has(Field.DECADE) && !f.has(Field.CENTURY) && personBefore(text, c.start())) {
            return true; // "بشاب في العشرينيات": a decade said of a person is an age
        }
        if (!f.has(Field.UNIT) || f.has(Field.AGO) || f.has(Field.EVENT) || f.has(Field.SET)) {
            return false;
        }
        boolean years = "Y".equals(f.get(Field.UNIT, String.class));
        if (years && lastAge != null && rangeBetween(text, lastAge.end(), c.start())) {
            return true; // "من 21 عاما إلى 18 عاما", "18 عاما بدلا من 21 عاما" after an age word: both are ages
        }
        if (years && (inBrackets(text, c) || beforeSpeakersColon(text, c))) {
            return true;
        }
        List<String> before = wordsBefore(text, c.start());
        // "المؤتمر معتمد بواقع 30 ساعة": hours an accreditation grants are credits, not a length.
        if ("H".equals(f.get(Field.UNIT, String.class))
                && before.subList(Math.max(0, before.size() - 2), before.size()).stream().anyMatch(w -> lexicon.isAmong(w, lexicon.around.measureBefore))) {
            return true;
        }
        // "ذات الـ6 سنوات": the article written apart from the number is no word of its own.
        int last = before.size() - 1;
        if (last > 0 && before.get(last).equals("ال")) {
            last--;
        }
        // "صاحب 20 عاما من الخبرة": years of something are a length of it, whatever word stands before.
        boolean yearsOfSomething = after.startsWith("من ");
        if (years && last >= 0 && !f.has(Field.MOD) && !yearsOfSomething && lexicon.around.ageClass.contains(before.get(last))) {
            return true;
        }
        if (years && last >= 0 && lexicon.around.ageSubjects.contains(before.get(last))) {
            return true; // "لمن هم أقل من 40 سنة": years said of people are their age
        }
        // "توفي أمس عن 84 عاما": years "عن" a death are the age it came at; the death may stand a
        // date or a place further back in the clause ("توفي في 9 أغسطس 2015 عن 84 عاما").
        if (years && last >= 0 && before.get(last).equals("عن")
                && wordsBefore(text, c.start(), DEATH_REACH).stream().anyMatch(w -> lexicon.isAmong(w, lexicon.around.deathWords))) {
            return true;
        }
        return before.stream().anyMatch(w -> lexicon.isAmong(w, ageWords));
    }

    /**
     * "وقال حسين صلاح 21 عاما: أصبت في المعلا": years between a speaker's name (one to three words
     * after a verb of saying) and the colon that opens his words are his age, an aside as in brackets.
     */
    private boolean beforeSpeakersColon(String text, Chunk c) {
        int close = c.end();
        while (close < text.length() && text.charAt(close) == ' ') {
            close++;
        }
        if (close >= text.length() || text.charAt(close) != ':') {
            return false;
        }
        List<String> before = wordsBefore(text, c.start());
        for (int k = before.size() - 1, name = 0; k >= 0 && name <= SPEAKER_NAME_WORDS; k--, name++) {
            if (lexicon.isAmong(before.get(k), lexicon.around.speakerVerbs)) {
                return name >= 1;
            }
        }
        return false;
    }

    private static final int SPEAKER_NAME_WORDS = 3;

    /** Whether "في" and a noun for a person stand right before {@code at} ("شاب في العشرينيات"). */
    private boolean personBefore(String text, int at) {
        List<String> before = wordsBefore(text, at);
        int n = before.size();
        return n >= 2 && before.get(n - 1).equals("في") && lexicon.isAmong(before.get(n - 2), lexicon.around.persons);
    }

    /**
     * "(35 عاما)", "محمد – 35 عاما –", "وقال خالد، 45 عاما، إن": the count is all that brackets, a
     * pair of dashes or a pair of commas hold, an
     * aside after a name; a length of time is said in the sentence, not set apart from it.
     */
    private static boolean inBrackets(String text, Chunk c) {
        int open = c.start() - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        int close = c.end();
        while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
            close++;
        }
        if (open < 0 || close >= text.length()) {
            return false;
        }
        char o = text.charAt(open);
        char e = text.charAt(close);
        return o == '(' && e == ')' || o == '«' && e == '»' || o == '"' && e == '"' || o == e && (o == '،' || o == ',')
                || o == e && (o == '–' || o == '—' || o == '-') && open > 0 && Character.isWhitespace(text.charAt(open - 1));
    }

    /**
     * "بمدينة السادس من أكتوبر", "شارع 26 يوليو": a day of a month right after a noun of a place
     * ("مدينة", "شارع", "جسر") is the place's name, which a date gives.
     */
    private boolean isPlaceName(String text, Chunk c) {
        TimeFields f = c.fields();
        if (!f.has(Field.DAY) || !f.has(Field.MONTH) || f.has(Field.YEAR)) {
            return false;
        }
        List<String> before = wordsBefore(text, c.start(), 1);
        if (before.isEmpty() || !lexicon.isAmong(before.get(0), lexicon.around.placeHeads)) {
            return false;
        }
        String gap = text.substring(text.lastIndexOf(before.get(0), c.start()) + before.get(0).length(), c.start());
        return gap.isBlank();
    }

    /**
     * "محمد الخميس", "فهد السبت": a weekday written with the article right after a given name is a
     * family name (Arab families take the names of days), not a day; a day is said with a
     * preposition, "يوم" or a date, which the weekday then carries.
     */
    private boolean isFamilyName(String text, Chunk c) {
        TimeFields f = c.fields();
        if (!f.only(Field.WEEKDAY) || !text.startsWith("ال", c.start())) {
            return false;
        }
        List<String> before = wordsBefore(text, c.start());
        return !before.isEmpty() && lexicon.around.givenNames.contains(before.get(before.size() - 1))
                && c.start() - text.lastIndexOf(before.get(before.size() - 1), c.start()) <= before.get(before.size() - 1).length() + 2;
    }

    /**
     * "سنة بعد سنة من ترك": an expression that starts inside an idiom and runs on is the idiom's half,
     * no "after a year". A name is not so: "مصر اليوم 6 مايو" is a name's word that is also a time.
     */
    private boolean startsInIdiom(String text, SpanIndex<Span> names, Chunk c) {
        return names.containing(new Span(c.start(), c.start() + 1)).stream()
                .anyMatch(n -> lexicon.around.idioms.contains(text.substring(n.start(), n.end()).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "الأمين العام السابق", "مديرين عامين": "عام" right after a noun it is the adjective of (general,
     * public) is no year. The adjective agrees with its noun: the same ending of the dual or the
     * plural ("أمينين عامين", the two secretaries-general) is on both, a noun in "ي" dropping it
     * before "ين" ("مدعين عامين", attorneys-general).
     */
    private boolean isGeneral(String text, Chunk c) {
        // Every chunk passes here: the cheap test first, the word cut out only for a form of "عام".
        if (!text.startsWith("عام", c.start()) && !text.startsWith("العام", c.start())) {
            return false;
        }
        String first = text.substring(c.start(), Math.min(text.length(), c.start() + 8)).split("[^\\p{L}]", 2)[0];
        boolean definite = first.startsWith("ال");
        String bare = definite ? first.substring(2) : first;
        // "مدير عام 2015" may be a director in 2015: the bare indefinite singular is left a year.
        if (!bare.startsWith("عام") || !GENERAL_ENDINGS.contains(bare.substring(3)) || !definite && bare.length() == 3) {
            return false;
        }
        String ending = bare.substring(3);
        List<String> before = wordsBefore(text, c.start());
        if (before.isEmpty()) {
            return false;
        }
        String noun = before.get(before.size() - 1);
        String unclitic = lexicon.withoutProclitic(noun);
        boolean nounDefinite = noun.startsWith("ال") || noun.startsWith("لل") || unclitic != null && unclitic.startsWith("ال");
        // An adjective agrees in definiteness; a definite word after an indefinite noun is its
        // genitive ("متوسط العام الماضي", the average of last year).
        if (definite != nounDefinite || !noun.endsWith(ending) || noun.length() <= ending.length() + 2) {
            return false;
        }
        String stem = noun.substring(0, noun.length() - ending.length());
        for (String head : List.of(stem, stem + "ي")) {
            String bareHead = lexicon.withoutProclitic(head);
            if (lexicon.isAmong(head, lexicon.around.generalHeads) || lexicon.around.generalHeads.contains("ال" + head)
                    || bareHead != null && lexicon.around.generalHeads.contains("ال" + bareHead)) {
                return true;
            }
        }
        return false;
    }

    /** The endings "عام" takes as an adjective: singular, accusative, dual, sound plural. */
    private static final java.util.Set<String> GENERAL_ENDINGS = java.util.Set.of("", "ا", "ان", "ين", "ون");

    /**
     * "قال لـ«اليوم»": a word for a day that is all brackets or quote marks hold, said to ("ل"), is the
     * name of the outlet told; "حفل الافتتاح (غدًا)" is a time set apart.
     */
    private static boolean isQuotedName(String text, Chunk c) {
        if (!c.fields().only(Field.RELDAY)) {
            return false;
        }
        int open = c.start() - 1;
        int close = c.end();
        if (open < 1 || close >= text.length()) {
            return false;
        }
        char o = text.charAt(open);
        char e = text.charAt(close);
        boolean quoted = o == '(' && e == ')' || o == '«' && e == '»' || o == '"' && e == '"' || o == '“' && e == '”';
        int l = open - 1;
        while (l > 0 && text.charAt(l) == ' ') {
            l--;
        }
        return quoted && text.charAt(l) == 'ل' && (l == 0 || !Character.isLetter(text.charAt(l - 1)));
    }

    /** The few words before {@code at} in the same clause, nearest last. */
    private static List<String> wordsBefore(String text, int at) {
        return wordsBefore(text, at, AGE_REACH);
    }

    /** The last {@code reach} words before {@code at} in its clause, nearest last. */
    static List<String> wordsBefore(String text, int at, int reach) {
        int from = Math.max(0, at - 12 * reach);
        String window = text.substring(from, at);
        int cut = Math.max(Math.max(window.lastIndexOf('.'), window.lastIndexOf('،')), Math.max(window.lastIndexOf(','), window.lastIndexOf('\n')));
        window = window.substring(cut + 1);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(window);
        while (m.find()) {
            words.add(m.group());
        }
        return words.subList(Math.max(0, words.size() - reach), words.size());
    }

    private boolean rangeBetween(String text, int from, int to) {
        if (to - from > 20) {
            return false;
        }
        for (String w : SPACES.split(text.substring(from, to))) {
            if (!w.isEmpty() && !lexicon.isRangeWord(w) && !lexicon.around.glue.contains(w) && !lexicon.around.instead.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
