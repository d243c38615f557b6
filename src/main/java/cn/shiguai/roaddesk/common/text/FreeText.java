package cn.shiguai.roaddesk.common.text;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * The one check of text people type into records (log entries, names), shared by the window's
 * forms and the command line. Refused: control characters other than newline and tab (an ANSI
 * escape could forge a line of {@code log list}); bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which make the text shown differ from the text stored; a
 * lone surrogate; and text that only looks like something — whitespace, no-break spaces and
 * zero-width characters alone. Lengths count characters (code points), as the messages say 字.
 */
public final class FreeText {

    /** Why a text is refused; {@code position} counts characters from 1, 0 when not about one. */
    public record Problem(Kind kind, int position, int codePoint, int length, int max) {
        public String message(Messages messages) {
            String key = "text.error." + kind.name().toLowerCase(Locale.ROOT);
            return switch (kind) {
                case EMPTY -> messages.get(key);
                case TOO_LONG -> messages.format(key, String.valueOf(length), String.valueOf(max));
                default -> messages.format(key, String.valueOf(position), code(codePoint));
            };
        }
    }

    /** The kinds of refusal, in the order they are looked for. */
    public enum Kind { INVALID, CONTROL, BIDI, EMPTY, TOO_LONG }

    private FreeText() {
    }

    /** The first problem of {@code text} as a record's text of at most {@code max} characters. */
    public static Optional<Problem> check(String text, int max) {
        if (text == null) {
            return Optional.of(new Problem(Kind.EMPTY, 0, 0, 0, max));
        }
        boolean visible = false;
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            Kind kind = Character.getType(cp) == Character.SURROGATE ? Kind.INVALID
                    : isRefusedControl(cp) ? Kind.CONTROL : isBidiControl(cp) ? Kind.BIDI : null;
            if (kind != null) {
                return Optional.of(new Problem(kind, position, cp, 0, max));
            }
            visible |= !isInvisible(cp);
        }
        if (!visible) {
            return Optional.of(new Problem(Kind.EMPTY, 0, 0, 0, max));
        }
        return position > max ? Optional.of(new Problem(Kind.TOO_LONG, 0, 0, position, max)) : Optional.empty();
    }

    /** Characters, not UTF-16 units: 🙂 is one. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Control characters (and the line and paragraph separators) other than newline and tab. */
    static boolean isRefusedControl(int cp) {
        return (Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t')
                || cp == 0x2028 || cp == 0x2029;
    }

    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** Prints as nothing: spaces of every width, zero-width and other format characters, fillers. */
    static boolean isInvisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800 || cp == 0x180E;
    }

    static String code(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
