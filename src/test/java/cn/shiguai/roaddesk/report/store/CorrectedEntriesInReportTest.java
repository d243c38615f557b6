package cn.shiguai.roaddesk.report.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.PhoneCall;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.LogLine;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The daily report prints an entry as corrected: its category and time too, and calls still to be returned. */
class CorrectedEntriesInReportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private static final ZoneId SHIGUAI = ZoneId.of("Asia/Shanghai");
    private final TestDesk desk = new TestDesk(TestClock.at("2026-01-12T06:00:00Z"), new SameThreadTaskRunner(),
            Messages.chinese(), "王海燕");

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theCorrectedCategoryAndTimeReachTheDocumentAndTheOriginalIsLeftOut() {
        var log = desk.stores().log();
        long original = log.append(LogDraft.of("王海燕", LogCategory.PHONE_OUT, "交管大队：K35 已封闭")
                .occurredAt(DAY.atTime(13, 40).atZone(SHIGUAI).toInstant()));
        log.append(LogDraft.of("王海燕", LogCategory.PHONE_IN, "交管大队：K35 已封闭")
                .occurredAt(DAY.atTime(13, 10).atZone(SHIGUAI).toInstant()).correcting(original, "是对方来电，13:10"));
        desk.stores().calls().record(LogDraft.of("王海燕", LogCategory.PHONE_IN, "请求派铲雪车")
                        .occurredAt(DAY.atTime(13, 50).atZone(SHIGUAI).toInstant()),
                new PhoneCall(PhoneCall.Direction.IN, "李新明", "区交通运输局", null,
                        DAY.atTime(14, 30).atZone(SHIGUAI).toInstant()));

        List<LogLine> printed = desk.office().documents().draft(DocumentKind.DAILY_REPORT, DAY, "王海燕").snapshot().log();
        List<LogLine> closure = printed.stream().filter(l -> l.text().contains("K35 已封闭")).toList();
        assertEquals(1, closure.size(), "only the correction is printed");
        assertEquals("来电", closure.get(0).category());
        assertEquals(DAY.atTime(13, 10).atZone(SHIGUAI).toInstant(), closure.get(0).time());
        assertTrue(printed.stream().anyMatch(l -> l.text().contains("需回电（1月12日 14:30 前）")),
                "a promised call back is among the notable entries");
    }
}
