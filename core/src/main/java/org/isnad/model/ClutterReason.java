package org.isnad.model;

import java.util.Locale;

/** Why a stretch of a report is web clutter rather than content (spec: documents[].removed[].reason). */
public enum ClutterReason {
    TEASER, BYLINE, AUTHOR_BIO, COMMENTS, SHARE, NAVIGATION, BANNER, DUPLICATE_TITLE, CAPTION, OTHER;

    /** The name used in timeline.json and in resource files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ClutterReason fromCode(String code) {
        for (ClutterReason r : values()) {
            if (r.code().equals(code.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown clutter reason '" + code + "'");
    }
}
