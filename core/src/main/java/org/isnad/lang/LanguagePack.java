package org.isnad.lang;

import java.util.List;

/**
 * What the engine knows of one language, as data. The pack reads its own resources (it is an
 * adapter); the core only interprets the parsed {@link ResourceFile}s.
 */
public interface LanguagePack {
    /** ISO 639-1 code of the language, e.g. {@code ar}. */
    String code();

    /**
     * The resource at a relative name such as {@code normalise/lookalikes.tsv}.
     *
     * @throws ResourceFormatException when it is missing or malformed
     */
    ResourceFile resource(String name);

    /**
     * The share of the letters of {@code text} written in this language's script (0 to 1), used to
     * tell whether a report is in this language at all.
     */
    double scriptShare(String text);

    /** Every resource the pack holds, so tests can run each file's examples. */
    List<String> resourceNames();
}
