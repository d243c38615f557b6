package cn.shiguai.roaddesk.warnings;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The warning signals that concern roads in a cold spell, with the colours each is issued in
 * (the meteorological service's signal list; 冰冻 is issued by some provinces in all four). A
 * signal of any other kind (暴雨, 大风…) is not kept.
 */
public enum SignalKind {
    BLIZZARD("暴雪", EnumSet.allOf(SignalColour.class)),
    ROAD_ICING("道路结冰", EnumSet.of(SignalColour.YELLOW, SignalColour.ORANGE, SignalColour.RED)),
    COLD_WAVE("寒潮", EnumSet.allOf(SignalColour.class)),
    FREEZE("冰冻", EnumSet.allOf(SignalColour.class)),
    FOG("大雾", EnumSet.of(SignalColour.YELLOW, SignalColour.ORANGE, SignalColour.RED));

    private final String chinese;
    private final Set<SignalColour> colours;

    SignalKind(String chinese, Set<SignalColour> colours) {
        this.chinese = chinese;
        this.colours = colours;
    }

    public String chinese() {
        return chinese;
    }

    public boolean issuedIn(SignalColour colour) {
        return colours.contains(colour);
    }

    /** A new orange or red signal of these asks the office to consider a discretionary start (§六(三)). */
    public boolean asksToConsiderStart(SignalColour colour) {
        return (this == BLIZZARD || this == ROAD_ICING) && colour.atLeastOrange();
    }

    /** "暴雪橙色预警". */
    public String signalName(SignalColour colour) {
        return chinese + colour.chinese() + "预警";
    }

    /** The kind named first in the text ("包头市气象台发布暴雪橙色预警" → blizzard). */
    public static Optional<SignalKind> firstIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        SignalKind first = null;
        int at = Integer.MAX_VALUE;
        for (SignalKind k : values()) {
            int i = text.indexOf(k.chinese);
            if (i >= 0 && i < at) {
                first = k;
                at = i;
            }
        }
        return Optional.ofNullable(first);
    }
}
