package cn.shiguai.roaddesk.report.pdf;

/**
 * The basic Chinese line-breaking rules (避头尾): closing punctuation and units never start a
 * line, opening brackets and quotes never end one.
 */
final class Kinsoku {
    private static final String NO_LINE_START = "，。；：、）》」』〕】〉”’！？％‰℃°…—～·,.;:!?%)]}>";
    private static final String NO_LINE_END = "（《「『〔【〈“‘([{<";

    private Kinsoku() {
    }

    static boolean mayNotStartLine(int codePoint) {
        return NO_LINE_START.indexOf(codePoint) >= 0;
    }

    static boolean mayNotEndLine(int codePoint) {
        return NO_LINE_END.indexOf(codePoint) >= 0;
    }
}
