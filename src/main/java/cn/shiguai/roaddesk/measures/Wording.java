package cn.shiguai.roaddesk.measures;

/**
 * Compares plan sentences across levels. The plan prints the same sentence with full-width
 * commas at one level and ASCII commas at another (I.4 and II.4), and its PDF conversion adds
 * line breaks; neither changes what a unit must do, anything else does. So only whitespace and
 * the ASCII/full-width variants of the same punctuation mark are ignored. The ASCII full stop
 * is left alone: in Chinese text it is a decimal point, not a variant of 。.
 */
public final class Wording {
    private static final String ASCII = ",;:()!?";
    private static final String FULL_WIDTH = "，；：（）！？";

    private Wording() {
    }

    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            int ascii = ASCII.indexOf(c);
            out.appendCodePoint(ascii >= 0 ? FULL_WIDTH.charAt(ascii) : c);
        });
        return out.toString();
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
