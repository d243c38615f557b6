package cn.shiguai.roaddesk.warnings;

import java.time.Instant;

/**
 * A warning signal in force, as the rest of the desk shows it. A forecast, never an
 * observation: nothing here changes the computed level.
 *
 * @param id        the stored signal; an Update is a new signal, so a new id
 * @param issuer    who issued it, as it names itself (senderName, else sender)
 * @param expires   null when the signal gives no end
 * @param effective from when it holds; null when it does not say (then from when it was sent)
 * @param instruction what the issuer asks to be done (防御指南), or null
 */
public record WarningInForce(long id, SignalKind kind, SignalColour colour, String issuer, String headline,
                             String areaDesc, Instant sent, Instant expires, Instant effective, String instruction) {

    /** A signal that says neither from when nor what to do. */
    public WarningInForce(long id, SignalKind kind, SignalColour colour, String issuer, String headline,
                          String areaDesc, Instant sent, Instant expires) {
        this(id, kind, colour, issuer, headline, areaDesc, sent, expires, null, null);
    }

    /** From when it holds: its effective time, else when it was sent. */
    public Instant from() {
        return effective != null ? effective : sent;
    }

    /** Whether it still holds at the moment: not expired (an expired signal leaves the lists by itself). */
    public boolean holdsAt(Instant now) {
        return expires == null || expires.isAfter(now);
    }

    /** "暴雪橙色预警". */
    public String signalName() {
        return kind.signalName(colour);
    }

    public boolean asksToConsiderStart() {
        return kind.asksToConsiderStart(colour);
    }
}
