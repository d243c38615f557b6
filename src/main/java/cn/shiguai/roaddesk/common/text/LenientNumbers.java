package cn.shiguai.roaddesk.common.text;

import java.util.OptionalDouble;

/**
 * Reads a number typed by a person, who may be typing with a Chinese input method: full-width
 * digits and signs (１２．５, －３) are accepted as what they mean. Anything else that is not a
 * plain decimal number is refused, never guessed at.
 */
public final class LenientNumbers {
    // Compiled once: a station file reads tens of thousands of numbers.
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private LenientNumbers() {
    }

    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = normalise(text);
        if (!DECIMAL.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(s);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    public static boolean isBlank(String text) {
        return text == null || normalise(text).isEmpty();
    }

    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．' || c == '。') {
                sb.append('.');
            } else if (c == '－' || c == '−') {
                sb.append('-');
            } else if (c == '＋') {
                sb.append('+');
            } else if (c != ' ' && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
