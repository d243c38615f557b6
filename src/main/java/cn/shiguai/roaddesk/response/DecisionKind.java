package cn.shiguai.roaddesk.response;

/** What a response decision does (§六; domain §4: raising, lowering and ending are decisions too). */
public enum DecisionKind {
    START,
    RAISE,
    LOWER,
    END;

    public String labelKey() {
        return "decision.kind." + name();
    }
}
