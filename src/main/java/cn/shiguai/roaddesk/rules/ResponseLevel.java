package cn.shiguai.roaddesk.rules;

/**
 * The four response levels of §四 and the absence of a response. Declared from least to most
 * severe so that {@link #compareTo} orders by severity.
 */
public enum ResponseLevel {
    NONE("NONE"),
    IV("IV"),
    III("III"),
    II("II"),
    I("I");

    private final String code;

    ResponseLevel(String code) {
        this.code = code;
    }

    /** The code used in files and on the command line: "I" … "IV", "NONE". */
    public String code() {
        return code;
    }

    public boolean isResponse() {
        return this != NONE;
    }

    public boolean isMoreSevereThan(ResponseLevel other) {
        return compareTo(other) > 0;
    }

    /** The next level up, or {@code null} above level I. */
    public ResponseLevel next() {
        return this == I ? null : values()[ordinal() + 1];
    }

    /** Response levels (not NONE) from most to least severe: the order the plan lists them. */
    public static ResponseLevel[] mostSevereFirst() {
        return new ResponseLevel[] {I, II, III, IV};
    }

    public static ResponseLevel fromCode(String code) {
        for (ResponseLevel level : values()) {
            if (level.code.equals(code)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown response level: " + code);
    }
}
