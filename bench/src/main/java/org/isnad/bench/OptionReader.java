package org.isnad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bench command's arguments in order. The bench commands take their options the same way
 * (a value after its option, counts, a heap size, at most one data file), so they read them here
 * and say what is wrong in the same words; {@code usage} follows the messages that mean the
 * command line as a whole was misread.
 */
public final class OptionReader {
    private final List<String> rest;
    private final String usage;
    private boolean helpAsked;

    public OptionReader(String[] args, String usage) {
        this.rest = new ArrayList<>(List.of(args));
        this.usage = usage;
    }

    /**
     * The next argument; null when none is left, or when {@code -h} or {@code --help} asks for the
     * usage ({@link #helpAsked()}), which ends the reading: what follows it is not looked at.
     */
    public String next() {
        if (helpAsked || rest.isEmpty()) {
            return null;
        }
        String a = rest.remove(0);
        if (a.equals("-h") || a.equals("--help")) {
            helpAsked = true;
            return null;
        }
        return a;
    }

    /** Whether the reading ended at {@code -h} or {@code --help}: the command prints its usage, nothing else. */
    public boolean helpAsked() {
        return helpAsked;
    }

    /** The argument after {@code option}. */
    public String value(String option) {
        if (rest.isEmpty()) {
            throw new BenchException(option + " needs a value\n" + usage);
        }
        return rest.remove(0);
    }

    /** The argument after {@code option}, a whole number of at least {@code min}. */
    public int count(String option, int min) {
        String value = value(option);
        try {
            int n = Integer.parseInt(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BenchException(option + " wants a whole number of at least " + min + ", not " + value);
    }

    /** The argument after {@code option}, any whole number. */
    public long number(String option) {
        String value = value(option);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BenchException(option + " wants a whole number, not " + value);
        }
    }

    /** The argument after {@code option}, a heap size as {@code -Xmx} takes it. */
    public String heapSize(String option) {
        String xmx = value(option);
        if (!xmx.matches("\\d+[kKmMgG]?")) {
            throw new BenchException(option + " wants a heap size such as 1g or 512m, not " + xmx);
        }
        return xmx;
    }

    /** {@code argument} as the data file, when it is no option and no data file was given before. */
    public Path data(String argument, Path before) {
        if (argument.startsWith("-") || before != null) {
            throw unexpected(argument);
        }
        return Path.of(argument);
    }

    public BenchException unexpected(String argument) {
        return new BenchException("unexpected argument: " + argument + "\n" + usage);
    }
}
