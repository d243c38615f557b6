package cn.shiguai.roaddesk.warnings;

import java.time.Instant;

/**
 * A warning signal in force, as the rest of the desk shows it. A forecast, never an
 * observation: nothing here changes the computed level.
 *
 * @param id        the stored signal; an Update is a new signal, so a new id
 * @param issuer    who issued it, as it names itself (senderName, else sender)
 * @param expires   null when the signal gives no end
 */
public record WarningInForce(long id, SignalKind kind, SignalColour colour, String issuer, String headline,
                             String areaDesc, Instant sent, Instant expires) {

    /** "暴雪橙色预警". */
    public String signalName() {
        return kind.signalName(colour);
    }

    public boolean asksToConsiderStart() {
        return kind.asksToConsiderStart(colour);
    }
}
