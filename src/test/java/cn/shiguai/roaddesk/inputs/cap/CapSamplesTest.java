package cn.shiguai.roaddesk.inputs.cap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file of the public CAP test suite (../shared/external/cap-samples) read or refused, each
 * with its exact reason. Most are CAP 1.1 or foreign events: a reader of the Chinese national
 * profile refuses the first by version and reads, but does not keep, the second.
 */
class CapSamplesTest {
    static final Path SAMPLES = Path.of(System.getProperty("roaddesk.capSamples",
            "/work/shared/external/cap-samples"));
    private static final String V11 = "这是 CAP 1.1 版本的预警；本系统只接收 CAP 1.2（国家标准 GB/T 35965.1-2018 所依据的版本）";
    private static final String ENTRY_11 = "Atom 条目中的预警是 CAP 1.1 版本；本系统只接收 CAP 1.2";
    private static final String NO_INLINE = "Atom 条目的 content 中没有内联的 CAP 1.2 预警（alert 元素）；本系统不会按链接去下载预警";
    private static final String DOCTYPE = "文件含有文档类型声明（DOCTYPE）。为了安全，含 DTD 的 XML 一律不读"
            + "（它可以让读取程序去读本机文件或访问网络）；CAP 预警不需要 DTD";
    private static final String NOT_CAP_RSS = "不是 CAP 1.2 预警，也不是 Atom 源：根元素是“rss”（命名空间“”）";

    private final CapFile reader = new CapFile(new SafeXml(), new CapAlertReader());

    /** What a file gave: "skipped N: reason" for alerts read and not kept, "empty", or every problem, "|"-joined. */
    private String outcome(String file) throws IOException {
        CapFile.Read read = reader.read(Files.readAllBytes(SAMPLES.resolve(file)));
        Messages zh = Messages.chinese();
        if (!read.bad().isEmpty()) {
            return read.bad().stream().map(b -> b.sentence(zh)).collect(Collectors.joining("|"));
        }
        if (read.alerts().isEmpty()) {
            return "empty";
        }
        return read.alerts().stream().map(a -> a instanceof CapCandidate.Skipped s
                ? "skipped: " + s.why().message(zh) : "signal").collect(Collectors.joining("|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            amber.atom;               第 5 行：Atom 条目中的预警是 CAP 1.1 版本；本系统只接收 CAP 1.2
            australia.cap;            skipped: “Fire”不是本预案关注的预警信号（暴雪、道路结冰、寒潮、冰冻、大雾），未保存
            canada.cap;               skipped: “thunderstorm”不是本预案关注的预警信号（暴雪、道路结冰、寒潮、冰冻、大雾），未保存
            canada_errors.cap;        第 12 行：Update 消息必须在 references 中写明它所更新或解除的预警（发布者,标识,发布时间）
            canada_signed.atom;       skipped: “snowfall”不是本预案关注的预警信号（暴雪、道路结冰、寒潮、冰冻、大雾），未保存
            canada_signed.cap;        skipped: “snowfall”不是本预案关注的预警信号（暴雪、道路结冰、寒潮、冰冻、大雾），未保存
            cap12.xsd;                第 5 行：不是 CAP 1.2 预警，也不是 Atom 源：根元素是“schema”（命名空间“http://www.w3.org/2001/XMLSchema”）
            earthquake-iso8859-1.cap; skipped: “Earthquake”不是本预案关注的预警信号（暴雪、道路结冰、寒潮、冰冻、大雾），未保存
            earthquake.cap;           第 3 行：V11
            earthquake_index.atom;    第 10 行：NO_INLINE
            earthquake_signed.cap;    第 1 行：V11
            empty_weather_index.atom; empty
            invalid.cap;              SCHEMA 第 9 行：不符合 CAP 1.2 格式（OASIS cap12.xsd）：cvc-complex-type.2.4.a
            invalid.rss;              第 2 行：NOT_CAP_RSS
            invalid_element.atom;     第 8 行：NO_INLINE
            no_entries.atom;          empty
            no_id.atom;               第 9 行：NO_INLINE
            no_link.atom;             第 9 行：NO_INLINE
            no_optional_fields.cap;   第 3 行：V11
            no_title.atom;            第 9 行：NO_INLINE
            noaa_errors.cap;          第 3 行：V11
            ny_index.rss;             第 2 行：NOT_CAP_RSS
            wcatwc-warning.cap;       skipped: “Tsunami Warning”不是本预案关注的预警信号（暴雪、道路结冰、寒潮、冰冻、大雾），未保存
            weather.atom;             第 17 行：ENTRY_11
            weather.cap;              第 2 行：V11
            weather_index.atom;       第 27 行：NO_INLINE|第 55 行：NO_INLINE
            weather_invalid.atom;     第 16 行：ENTRY_11
            xee.atom;                 第 11 行：DOCTYPE
            xee.cap;                  第 11 行：DOCTYPE
            """)
    void eachSampleIsReadOrRefusedWithItsReason(String file, String expected) throws IOException {
        String want = expected.replace("NO_INLINE", NO_INLINE).replace("ENTRY_11", ENTRY_11).replace("V11", V11)
                .replace("NOT_CAP_RSS", NOT_CAP_RSS).replace("DOCTYPE", DOCTYPE);
        String got = outcome(file);
        if (want.startsWith("SCHEMA ")) {
            // The schema validator's own sentence follows (the JDK's words); its code and the line are pinned.
            assertTrue(got.startsWith(want.substring("SCHEMA ".length())), got);
        } else {
            assertEquals(want, got);
        }
    }

    @Test
    void theListAboveCoversEveryXmlFileOfTheSuite() throws IOException {
        Set<String> listed = Set.of("amber.atom", "australia.cap", "canada.cap", "canada_errors.cap",
                "canada_signed.atom", "canada_signed.cap", "cap12.xsd", "earthquake-iso8859-1.cap", "earthquake.cap",
                "earthquake_index.atom", "earthquake_signed.cap", "empty_weather_index.atom", "invalid.cap",
                "invalid.rss", "invalid_element.atom", "no_entries.atom", "no_id.atom", "no_link.atom",
                "no_optional_fields.cap", "no_title.atom", "noaa_errors.cap", "ny_index.rss", "wcatwc-warning.cap",
                "weather.atom", "weather.cap", "weather_index.atom", "weather_invalid.atom", "xee.atom", "xee.cap");
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<String> found = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("LICENSE") && !n.equals("README.md")).sorted().toList();
            assertEquals(listed.stream().sorted().toList(), found);
        }
    }
}
