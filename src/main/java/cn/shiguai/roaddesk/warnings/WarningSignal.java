package cn.shiguai.roaddesk.warnings;

import java.time.Instant;
import java.util.List;

/**
 * One warning signal as received (the national profile's elements of a CAP 1.2 alert), times
 * as instants. A Cancel may carry no info: then kind and colour are null.
 *
 * @param references the alerts this one replaces or withdraws ("sender,identifier,sent" each)
 */
public record WarningSignal(String identifier, String sender, Instant sent, MessageType type,
                            List<Reference> references, SignalKind kind, SignalColour colour, String event,
                            String senderName, String severity, String urgency, String headline,
                            String description, String instruction, Instant effective, Instant expires,
                            String areaDesc) {

    public WarningSignal {
        references = List.copyOf(references);
    }

    /** One earlier alert named in references. */
    public record Reference(String sender, String identifier, String sent) { }

    public String issuer() {
        return senderName != null && !senderName.isBlank() ? senderName : sender;
    }

    /** "暴雪橙色预警", or null for a Cancel without info. */
    public String signalName() {
        return kind == null ? null : kind.signalName(colour);
    }
}
