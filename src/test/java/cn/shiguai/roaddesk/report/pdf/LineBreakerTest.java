package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineBreakerTest {
    /** Like a CJK font: ideographs and full-width marks 1 em, Latin half an em, spaces a quarter. */
    private static final TextMeasurer FAKE_FONT = (text, size) -> {
        float ems = 0;
        for (int codePoint : text.codePoints().toArray()) {
            ems += codePoint == ' ' ? 0.25f : codePoint < 0x2000 ? 0.5f : 1f;
        }
        return ems * size;
    };
    private static final String PUNCTUATED = "依据《石拐区恶劣天气道路交通安全应急预案》（石府办发〔2019〕2号），"
            + "五当召镇 旅游公路 K12 弯道积雪深度 23.5 厘米，日平均气温 −9.0 ℃；符合“二级”响应条件。"
            + "请各单位：①检查措施；②领导带班！是否启动一级？“如何”处置、由谁负责，均须记录。"
            + "积雪深度达到 30 厘米以上（含 30 厘米），立即报告。";
    private final LineBreaker breaker = new LineBreaker(FAKE_FONT);

    @Test
    void chineseBreaksBetweenAnyCharactersToFillTheWidth() {
        List<LineBreaker.Line> lines = breaker.lines("一二三四五六七八九十", 10, 40, 0);
        assertEquals(List.of("一二三四", "五六七八", "九十"), texts(lines));
        assertTrue(lines.get(2).lastOfParagraph());
        assertFalse(lines.get(0).lastOfParagraph());
    }

    @ParameterizedTest(name = "width {0} em")
    @ValueSource(ints = {5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 19, 23, 29, 36})
    void noLineStartsWithClosingPunctuationOrEndsWithOpening(int widthInEms) {
        List<LineBreaker.Line> lines = breaker.lines(PUNCTUATED, 10, widthInEms * 10f, 0);
        for (LineBreaker.Line line : lines) {
            assertFalse(line.text().isEmpty(), "no empty lines");
            int first = line.text().codePointAt(0);
            int last = line.text().codePointBefore(line.text().length());
            assertFalse(Kinsoku.mayNotStartLine(first), "line starts with forbidden " + line.text());
            assertFalse(Kinsoku.mayNotEndLine(last), "line ends with forbidden " + line.text());
            assertTrue(line.width() <= widthInEms * 10f + 0.01f, "line too wide: " + line.text());
        }
        assertEquals(PUNCTUATED.replace(" ", ""), String.join("", texts(lines)).replace(" ", ""),
                "nothing lost or added but spaces at breaks");
    }

    @Test
    void kinsokuExamplesMoveTheCharacterBeforeDown() {
        // 4 ems: "一二三四" fits, "。" would start the next line, so "四" moves down with it.
        assertEquals(List.of("一二三", "四。五"), texts(breaker.lines("一二三四。五", 10, 40, 0)));
        // "（" would end the first line, so it moves down.
        assertEquals(List.of("一二三", "（四）"), texts(breaker.lines("一二三（四）", 10, 40, 0)));
    }

    @Test
    void unitDoesNotStartALineAfterTheNumberItBelongsTo() {
        // "气温 −9.0 " is 2 + 0.25 + 2 + 0.25 ems; "℃" does not fit after it in 5 ems.
        List<String> lines = texts(breaker.lines("气温 −9.0 ℃", 10, 50, 0));
        assertEquals(List.of("气温", "−9.0 ℃"), lines);
    }

    @Test
    void latinWordsAndNumbersAreNotSplit() {
        List<String> lines = texts(breaker.lines("监测点 K12 弯道积雪深度 23.5 厘米，时间 08:30。", 10, 45, 0));
        String all = String.join("|", lines);
        assertTrue(lines.stream().anyMatch(line -> line.contains("K12")), all);
        assertTrue(lines.stream().anyMatch(line -> line.contains("23.5")), all);
        assertTrue(lines.stream().anyMatch(line -> line.contains("08:30")), all);
    }

    @Test
    void wordWiderThanTheLineIsSplitWhereItMust() {
        List<LineBreaker.Line> lines = breaker.lines("ABCDEFGHIJKLMNOPQRST", 10, 50, 0);
        assertEquals(List.of("ABCDEFGHIJ", "KLMNOPQRST"), texts(lines));
    }

    @Test
    void lineFeedStartsANewIndentedParagraph() {
        List<LineBreaker.Line> lines = breaker.lines("一二三四五\n六七", 10, 40, 20);
        assertEquals(List.of("一二", "三四五", "六七"), texts(lines));
        assertTrue(lines.get(0).firstOfParagraph());
        assertFalse(lines.get(1).firstOfParagraph());
        assertTrue(lines.get(1).lastOfParagraph(), "a line feed ends a paragraph");
        assertTrue(lines.get(2).firstOfParagraph());
    }

    @Test
    void spacesAtBreaksAreDroppedAndEmptyParagraphsKept() {
        List<String> lines = texts(breaker.lines("AAAA BBBB CCCC\n\nD", 10, 40, 0));
        assertEquals(List.of("AAAA", "BBBB", "CCCC", "", "D"), lines);
    }

    private static List<String> texts(List<LineBreaker.Line> lines) {
        return lines.stream().map(LineBreaker.Line::text).toList();
    }
}
