package cn.shiguai.roaddesk.report;

import java.util.regex.Pattern;

/**
 * The duty log at issue time: how many entries it had and the hash of the last one (the chain
 * head). Printed in the footer, it lets a reader check a printout against the log: a log whose
 * first {@code entryCount} entries no longer end in this hash was changed after the issue.
 *
 * @param headHash lower-case hex SHA-256 of the last entry; empty for an empty log
 * @param signed   the signed checkpoint of this count and head (issue 14, item 6), or null when
 *                 nobody's key was unlocked to sign it
 */
public record LogSeal(String headHash, long entryCount, Signed signed) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** Who signed the checkpoint, the key's number and the signature's first hex digits, as printed. */
    public record Signed(String signer, String keyId, String shortSignature) { }

    public LogSeal {
        if (entryCount < 0) {
            throw new IllegalArgumentException("entry count must not be negative, was " + entryCount);
        }
        if (entryCount == 0 ? !headHash.isEmpty() : !HEX.matcher(headHash).matches()) {
            throw new IllegalArgumentException("head hash must be 64 lower-case hex digits (none for an empty log), was '"
                    + headHash + "'");
        }
    }

    public LogSeal(String headHash, long entryCount) {
        this(headHash, entryCount, null);
    }

    public LogSeal signedBy(String signer, String keyId, String shortSignature) {
        return new LogSeal(headHash, entryCount, new Signed(signer, keyId, shortSignature));
    }
}
