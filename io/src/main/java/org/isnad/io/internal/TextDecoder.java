package org.isnad.io.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and the two legacy
 * Arabic charsets windows-1256 and ISO-8859-6. Refuses empty, binary and undecodable files.
 */
public final class TextDecoder {
    public static final String EMPTY = "empty file";
    public static final String BINARY = "binary file, not text";
    public static final String UNKNOWN_ENCODING =
            "unknown encoding (not valid UTF-8, and not Arabic in windows-1256 or ISO-8859-6)";

    /** Above this share of control characters a file is binary, not text with a few stray bytes. */
    private static final double MAX_CONTROL_SHARE = 0.1;

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    public DecodedText decode(byte[] bytes) throws ReadProblem {
        if (bytes.length == 0) {
            throw new ReadProblem(EMPTY);
        }
        DecodedText decoded = decodeByBom(bytes).orElse(null);
        if (decoded == null) {
            // Without a UTF-16 BOM a NUL byte cannot be text, and checking bytes first keeps binary
            // files from being reported as an unknown encoding.
            if (looksBinary(bytes)) {
                throw new ReadProblem(BINARY);
            }
            decoded = strict(bytes, 0, StandardCharsets.UTF_8)
                    .map(text -> new DecodedText(text, "UTF-8"))
                    .or(() -> legacyArabic(bytes))
                    .orElseThrow(() -> new ReadProblem(UNKNOWN_ENCODING));
        }
        if (decoded.text().isBlank()) {
            throw new ReadProblem(EMPTY);
        }
        if (looksBinary(decoded.text())) {
            throw new ReadProblem(BINARY);
        }
        return decoded;
    }

    /** Decodes text that has a byte-order mark, dropping the mark; empty when there is none. */
    private static Optional<DecodedText> decodeByBom(byte[] bytes) throws ReadProblem {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new DecodedText(requireStrict(bytes, 3, StandardCharsets.UTF_8), "UTF-8 with BOM"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new DecodedText(requireStrict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new DecodedText(requireStrict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE"));
        }
        return Optional.empty();
    }

    private static String requireStrict(byte[] bytes, int offset, Charset charset) throws ReadProblem {
        Optional<String> text = strict(bytes, offset, charset);
        if (text.isEmpty()) {
            throw new ReadProblem("invalid " + charset.name() + " after its byte-order mark");
        }
        return text.get();
    }

    /**
     * windows-1256 maps nearly every byte to something, so a clean decode proves nothing: accept a legacy
     * charset only when the result reads as Arabic. ISO-8859-6 text also decodes under windows-1256, but
     * with Latin letters (è, ê, ç) where و, ي, ه belong; so ISO-8859-6 wins only when its result has a
     * strictly higher Arabic share, otherwise windows-1256 (the more common one) is preferred.
     */
    private static Optional<DecodedText> legacyArabic(byte[] bytes) {
        Optional<String> windows = strict(bytes, 0, WINDOWS_1256);
        Optional<String> iso = strict(bytes, 0, ISO_8859_6);
        ArabicShare windowsShare = windows.map(ArabicShare::of).orElse(null);
        ArabicShare isoShare = iso.map(ArabicShare::of).orElse(null);
        boolean windowsFits = windowsShare != null && windowsShare.looksArabic();
        boolean isoFits = isoShare != null && isoShare.looksArabic();
        if (isoFits && (!windowsFits || isoShare.arabicShare() > windowsShare.arabicShare())) {
            return Optional.of(new DecodedText(iso.get(), "ISO-8859-6"));
        }
        if (windowsFits) {
            return Optional.of(new DecodedText(windows.get(), "windows-1256"));
        }
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (isControl(b & 0xFF)) {
                controls++;
            }
        }
        return controls > MAX_CONTROL_SHARE * bytes.length;
    }

    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return controls > MAX_CONTROL_SHARE * text.length();
    }

    /** C0 controls and DEL, except the ones text uses: tab, line feed, form feed, carriage return. */
    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
    }
}
