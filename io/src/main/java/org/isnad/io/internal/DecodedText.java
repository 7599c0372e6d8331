package org.isnad.io.internal;

/**
 * Text decoded from a file's bytes.
 *
 * @param text     the decoded text, byte-order mark dropped, nothing else changed
 * @param encoding the charset that decoded it, e.g. {@code UTF-8} or {@code windows-1256}
 */
public record DecodedText(String text, String encoding) {
}
