package cn.shiguai.roaddesk.common.text;

/**
 * Text made safe to print on one line of a terminal: whatever is not printable is shown by its
 * escape — {@code \n}, {@code \t}, {@code \r}, or {@code \u001b} for an ESC — so that a stored
 * control sequence or line break can neither move the cursor nor forge a line of output.
 * A backslash is doubled, so an escape shown can always be told from text that looks like one.
 */
public final class Printable {

    private Printable() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String escaped = escaped(cp);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static String escaped(int cp) {
        switch (cp) {
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\t':
                return "\\t";
            case '\r':
                return "\\r";
            default:
                break;
        }
        int type = Character.getType(cp);
        boolean unprintable = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
        if (!unprintable) {
            return null;
        }
        return cp > 0xFFFF ? String.format("\\U%08x", cp) : String.format("\\u%04x", cp);
    }
}
