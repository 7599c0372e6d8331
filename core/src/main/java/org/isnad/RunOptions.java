package org.isnad;

/**
 * Options of one run.
 *
 * @param timezone the offset to assume for local times ({@code +03:00}), null to let the engine tell
 */
public record RunOptions(String timezone) {
    public static RunOptions defaults() {
        return new RunOptions(null);
    }
}
