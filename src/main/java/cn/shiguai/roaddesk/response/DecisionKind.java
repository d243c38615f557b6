package cn.shiguai.roaddesk.response;

/** What a response decision does (§六; domain §4: raising, lowering and ending are decisions too). */
public enum DecisionKind {
    START,
    RAISE,
    LOWER,
    END,
    /**
     * Not a decision anyone takes: the record that a decision recorded by mistake should not
     * have been taken; it restores the level before it.
     */
    VOID;

    public String labelKey() {
        return "decision.kind." + name();
    }
}
