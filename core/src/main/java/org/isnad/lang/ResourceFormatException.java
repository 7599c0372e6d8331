package org.isnad.lang;

/** A language resource that is missing or malformed; names the file and line so it can be fixed. */
public class ResourceFormatException extends RuntimeException {
    public ResourceFormatException(String resource, int line, String message) {
        super(resource + ":" + line + ": " + message);
    }
}
