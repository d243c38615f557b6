package cn.shiguai.roaddesk.report.store;

import java.util.Arrays;
import java.util.List;

/**
 * An issue or correction refused before anything was stored, for a reason the office can act
 * on. The window and the command line word it from the bundle key {@link #messageKey()}.
 */
public final class IssueRefusedException extends RuntimeException {

    /** Why. Arguments are listed with each. */
    public enum Reason {
        /** No such issued document: its id. */
        NOT_FOUND,
        /** A later version exists; only the version in force may be corrected: the issue label, the latest version. */
        SUPERSEDED,
        /** The correction does not say what it corrects (blank, or the draft's instruction left as it was). */
        CORRECTION_NOT_STATED,
        /** The report day has not begun yet: the day. */
        FUTURE_DAY,
        /** The duty log's chain is broken, so its seal would certify a changed log: the first wrong entry. */
        LOG_CHAIN_BROKEN,
        /** A record the desk files itself (the handover sheet) is neither corrected nor re-drafted: its label. */
        NOT_DRAFTED,
        /** Another draft of that kind and day was sent for review meanwhile: who sent it, when. */
        REVIEW_SENT_MEANWHILE
    }

    private final Reason reason;
    private final List<String> arguments;

    public IssueRefusedException(Reason reason, Object... arguments) {
        super(reason + " " + Arrays.toString(arguments));
        this.reason = reason;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public Reason reason() {
        return reason;
    }

    /** Strings, so that numbers are never grouped ("2,026") by a message format. */
    public Object[] arguments() {
        return arguments.toArray();
    }

    public String messageKey() {
        return "documents.refused." + reason.name();
    }
}
