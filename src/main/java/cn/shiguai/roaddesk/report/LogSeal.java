package cn.shiguai.roaddesk.report;

import java.util.regex.Pattern;

/**
 * The duty log at issue time: how many entries it had and the hash of the last one (the chain
 * head). Printed in the footer, it lets a reader check a printout against the log: a log whose
 * first {@code entryCount} entries no longer end in this hash was changed after the issue.
 *
 * @param headHash lower-case hex SHA-256 of the last entry; empty for an empty log
 */
public record LogSeal(String headHash, long entryCount) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public LogSeal {
        if (entryCount < 0) {
            throw new IllegalArgumentException("entry count must not be negative, was " + entryCount);
        }
        if (entryCount == 0 ? !headHash.isEmpty() : !HEX.matcher(headHash).matches()) {
            throw new IllegalArgumentException("head hash must be 64 lower-case hex digits (none for an empty log), was '"
                    + headHash + "'");
        }
    }
}
