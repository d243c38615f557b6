package cn.shiguai.roaddesk.dutylog;

/**
 * What verifying the chain found.
 *
 * @param headHash hash of the last entry checked (of the whole log when intact); the genesis zeros for an empty log
 * @param count entries checked
 * @param firstBadSeq the first entry found wrong, or null when intact
 */
public record ChainReport(boolean intact, String headHash, long count, Long firstBadSeq, Problem problem) {

    /** Why an entry is wrong. */
    public enum Problem {
        /** The entry's content no longer matches its hash. */
        EDITED,
        /** Entries are missing: numbers skip, or an entry's predecessor no longer exists. */
        DELETED,
        /** Each entry is intact but they are no longer in the order they were chained in. */
        REORDERED
    }

    static ChainReport intact(String headHash, long count) {
        return new ChainReport(true, headHash, count, null, null);
    }

    static ChainReport broken(String headHash, long count, long firstBadSeq, Problem problem) {
        return new ChainReport(false, headHash, count, firstBadSeq, problem);
    }
}
