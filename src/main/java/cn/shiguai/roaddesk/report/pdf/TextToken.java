package cn.shiguai.roaddesk.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit the line breaker never splits unless it must: one Chinese character or punctuation
 * mark, a Latin word or number ("K12", "23.5", "2026-01-12"), or a run of spaces.
 */
record TextToken(String text, Kind kind) {
    enum Kind { CHARACTER, WORD, SPACE }

    /** Characters that keep a Latin word or number together: "08:30", "1,234.5", "−9.0", "50%". */
    private static final String WORD_JOINERS = ".,:-+/%'_−°#&@=";

    int firstCodePoint() {
        return text.codePointAt(0);
    }

    int lastCodePoint() {
        return text.codePointBefore(text.length());
    }

    boolean isSpace() {
        return kind == Kind.SPACE;
    }

    static List<TextToken> split(String text) {
        List<TextToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int end = i + Character.charCount(codePoint);
            Kind kind;
            if (isSpace(codePoint)) {
                kind = Kind.SPACE;
                end = runEnd(text, end, Kind.SPACE);
            } else if (isWordCharacter(codePoint)) {
                kind = Kind.WORD;
                end = runEnd(text, end, Kind.WORD);
            } else {
                kind = Kind.CHARACTER;
            }
            tokens.add(new TextToken(text.substring(i, end), kind));
            i = end;
        }
        return tokens;
    }

    private static int runEnd(String text, int from, Kind kind) {
        int i = from;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            boolean same = kind == Kind.SPACE ? isSpace(codePoint) : isWordCharacter(codePoint);
            if (!same) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    private static boolean isSpace(int codePoint) {
        return codePoint == ' ' || codePoint == '\t' || codePoint == 0x00A0;
    }

    static boolean isWordCharacter(int codePoint) {
        return (Character.isLetterOrDigit(codePoint) && !isCjk(codePoint)) || WORD_JOINERS.indexOf(codePoint) >= 0;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || (codePoint >= 0x3000 && codePoint <= 0x303F) // CJK symbols and punctuation
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF); // full-width forms, incl. digits
    }
}
