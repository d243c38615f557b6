package cn.shiguai.roaddesk.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"交管大队来电：K12 弯道结冰", "第一行\n第二行\t备注", "🚧 封闭", "阿拉伯数字 ١٢٣ 与 عربي 混排"})
    void ordinaryTextPasses(String text) {
        assertEquals(Optional.empty(), FreeText.check(text, 4000));
    }

    static Stream<Arguments> refused() {
        return Stream.of(Arguments.of("\u0000", FreeText.Kind.CONTROL, 1, 0),
                Arguments.of("正常\u001b[2K", FreeText.Kind.CONTROL, 3, 0x1B),
                Arguments.of("回车\r换行", FreeText.Kind.CONTROL, 3, '\r'),
                Arguments.of("行\u2028分隔", FreeText.Kind.CONTROL, 2, 0x2028),
                Arguments.of("abc\u202Edef", FreeText.Kind.BIDI, 4, 0x202E),
                Arguments.of("\u2066隔离", FreeText.Kind.BIDI, 1, 0x2066),
                Arguments.of("\u2069", FreeText.Kind.BIDI, 1, 0x2069),
                Arguments.of("\uD800孤立", FreeText.Kind.INVALID, 1, 0xD800));
    }

    @ParameterizedTest(name = "{1} at {2}")
    @MethodSource("refused")
    void refusedCharactersAreNamedByPosition(String text, FreeText.Kind kind, int position, int codePoint) {
        FreeText.Problem problem = FreeText.check(text, 4000).orElseThrow();
        assertEquals(kind, problem.kind());
        assertEquals(position, problem.position());
        assertEquals(codePoint, problem.codePoint());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200B", "\u00A0\u00A0", "\u3000", "\uFEFF", "\u2060\u200D\u200C", "\t\n", "\u3164"})
    void textThatOnlyLooksLikeSomethingIsEmpty(String text) {
        assertEquals(FreeText.Kind.EMPTY, FreeText.check(text, 4000).orElseThrow().kind());
    }

    @ParameterizedTest
    @CsvSource({"🚧, 4000, true", "🚧, 4001, false", "字, 4000, true", "字, 4001, false"})
    void theLimitCountsCharactersNotUtf16Units(String character, int count, boolean accepted) {
        Optional<FreeText.Problem> problem = FreeText.check(character.repeat(count), 4000);
        assertEquals(accepted, problem.isEmpty());
        problem.ifPresent(p -> assertTrue(p.message(Messages.chinese()).contains(count + " 个字"),
                p.message(Messages.chinese())));
    }
}
