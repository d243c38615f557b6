package cn.shiguai.roaddesk.desk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.inputs.http.HttpSource;
import cn.shiguai.roaddesk.inputs.http.SourceState;
import cn.shiguai.roaddesk.inputs.http.SourceStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The web sources on the settings screen: what each is, when it last answered, what went wrong, whether it is silent. */
class WebSourceLinesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    private static final HttpSource STATION = new HttpSource("区气象站", URI.create("https://qx.example.cn/k35.csv"),
            Duration.ofMinutes(10));

    @Test
    void noSourceSaysWhereTheyAreConfigured() {
        assertEquals("未配置网络数据源（在数据目录的 sources.properties 中配置，启动时读取）",
                WebSourceLines.of(List.of(), Messages.chinese(), ZONE, NOW));
    }

    @Test
    void aSourceThatAnsweredAndOneThatFails() {
        SourceStatus fine = new SourceStatus(STATION, new SourceState("区气象站", NOW.minusSeconds(240),
                NOW.minusSeconds(240), null, 0, NOW.plusSeconds(360), "\"e1\"", null));
        SourceStatus failing = new SourceStatus(new HttpSource("市气象台预警", URI.create("http://127.0.0.1:9/cap.atom"),
                Duration.ofMinutes(30)), new SourceState("市气象台预警", null, null, "连接超时", 3, NOW.plusSeconds(3600),
                null, null));
        assertEquals("区气象站　https://qx.example.cn/k35.csv　每 10 分钟；最后成功 12-02 08:56；下次 12-02 09:06\n"
                        + "市气象台预警　http://127.0.0.1:9/cap.atom　每 30 分钟；最后成功 尚无；下次 12-02 10:00"
                        + "；最后失败（连续 3 次）：连接超时；已超时未送来新文件",
                WebSourceLines.of(List.of(fine, failing), Messages.chinese(), ZONE, NOW));
    }

    @Test
    void aSourceIsSilentOnlyOnceTriedAndPastItsIntervalAndAHalf() {
        SourceState first = new SourceState("区气象站", null, null, null, 0, NOW, null, null);
        assertFalse(new SourceStatus(STATION, first).isSilent(NOW.plusSeconds(3600)), "not tried yet");
        SourceState heard = new SourceState("区气象站", NOW, NOW, null, 0, NOW.plusSeconds(600), null, null);
        assertFalse(new SourceStatus(STATION, heard).isSilent(NOW.plus(Duration.ofMinutes(15))));
        assertTrue(new SourceStatus(STATION, heard).isSilent(NOW.plus(Duration.ofMinutes(16))));
    }
}
