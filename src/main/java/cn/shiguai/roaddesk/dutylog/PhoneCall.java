package cn.shiguai.roaddesk.dutylog;

import java.time.Instant;
import java.util.Objects;

/**
 * The particulars of a phone call (来电 or 去电) beside the entry that records what was said.
 *
 * @param callbackDue when the office promised to call back; null when no call back is needed
 */
public record PhoneCall(Direction direction, String caller, String unit, String number, Instant callbackDue) {
    public static final int MAX_NAME = 100;
    public static final int MAX_UNIT = 200;
    public static final int MAX_NUMBER = 40;

    public enum Direction {
        IN, OUT;

        public static Direction of(LogCategory category) {
            return switch (category) {
                case PHONE_IN -> IN;
                case PHONE_OUT -> OUT;
                default -> throw new IllegalArgumentException(category + " is not a phone call");
            };
        }
    }

    public PhoneCall {
        Objects.requireNonNull(direction, "direction");
        if (caller == null || caller.isBlank() || caller.length() > MAX_NAME) {
            throw new IllegalArgumentException("a call needs the other party's name of 1.." + MAX_NAME + " characters");
        }
        caller = caller.strip();
        unit = blankToNull(unit);
        number = blankToNull(number);
        if ((unit != null && unit.length() > MAX_UNIT) || (number != null && number.length() > MAX_NUMBER)) {
            throw new IllegalArgumentException("unit or number too long");
        }
    }

    public boolean needsCallback() {
        return callbackDue != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
