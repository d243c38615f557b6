package cn.shiguai.roaddesk.warnings;

import java.util.Locale;
import java.util.Optional;

/** 预警颜色, lowest first: blue, yellow, orange, red (GB/T 35965.1-2018, the signal's level). */
public enum SignalColour {
    BLUE("蓝"), YELLOW("黄"), ORANGE("橙"), RED("红");

    private final String character;

    SignalColour(String character) {
        this.character = character;
    }

    /** "橙色". */
    public String chinese() {
        return character + "色";
    }

    /** Orange and red ask the office to consider a discretionary start (§六(三)). */
    public boolean atLeastOrange() {
        return compareTo(ORANGE) >= 0;
    }

    /** The first colour named in the text ("暴雪橙色预警" → orange), in Chinese only: issuers' names are Chinese. */
    public static Optional<SignalColour> firstIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        SignalColour first = null;
        int at = Integer.MAX_VALUE;
        for (SignalColour c : values()) {
            int i = text.indexOf(c.chinese());
            if (i >= 0 && i < at) {
                first = c;
                at = i;
            }
        }
        return Optional.ofNullable(first);
    }

    /** A parameter's value: 橙色, 橙, Orange, ORANGE. */
    public static Optional<SignalColour> ofValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        for (SignalColour c : values()) {
            if (v.equals(c.character) || v.equals(c.chinese()) || v.equals(c.chinese() + "预警")
                    || v.toUpperCase(Locale.ROOT).equals(c.name())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
