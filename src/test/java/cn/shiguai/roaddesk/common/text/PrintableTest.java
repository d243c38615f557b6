package cn.shiguai.roaddesk.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrintableTest {

    static Stream<Arguments> texts() {
        return Stream.of(Arguments.of("交管大队来电：K12 弯道结冰 🚧", "交管大队来电：K12 弯道结冰 🚧"),
                Arguments.of("正常\u001b[2K", "正常\\u001b[2K"),
                Arguments.of("一\n#999 伪造", "一\\n#999 伪造"),
                Arguments.of("制表\t回车\r", "制表\\t回车\\r"),
                Arguments.of("封闭\u202E放开", "封闭\\u202e放开"),
                Arguments.of("零\u200B宽", "零\\u200b宽"),
                Arguments.of("C:\\路径", "C:\\\\路径"),
                Arguments.of("私用\uE000", "私用\\ue000"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("texts")
    void whatIsNotPrintableIsShownByItsEscape(String text, String printed) {
        assertEquals(printed, Printable.escape(text));
    }
}
