package cn.shiguai.roaddesk.report.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.inputs.StationImport;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DraftParts;
import cn.shiguai.roaddesk.report.issue.Drafted;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A warning signal received is in the early-warning notice drafted from the store, as in force at the draft's moment. */
class WarningsInSnapshotTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private final TestClock clock = TestClock.at("2026-12-02T01:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theNoticeDraftNamesTheSignalInForce() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/cap/road-icing-orange.cap")) {
            desk.office().fileImports().importFile("road-icing-orange.cap", in.readAllBytes(),
                    StationImport.Channel.COMMAND_LINE, "王海燕");
        }
        Drafted drafted = desk.office().documents().draft(DocumentKind.WARNING_NOTICE, DAY, "王海燕");
        assertEquals(1, drafted.snapshot().warnings().size());
        assertEquals("交通、公安等部门做好道路结冰应对准备；驾驶人员注意安全，减速慢行。",
                drafted.snapshot().warnings().get(0).instruction());
        String weather = drafted.draft().text(DraftParts.WEATHER);
        assertTrue(weather.contains("目前生效的预警信号：包头市气象台发布道路结冰橙色预警（12月2日7时6分起，至12月3日8时）"), weather);
    }

    @Test
    void aPastDaysNoticeLeavesOutASignalSentAfterIt() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/cap/road-icing-orange.cap")) {
            desk.office().fileImports().importFile("road-icing-orange.cap", in.readAllBytes(),
                    StationImport.Channel.COMMAND_LINE, "王海燕");
        }
        Drafted yesterday = desk.office().documents().draft(DocumentKind.WARNING_NOTICE, DAY.minusDays(1), "王海燕");
        assertTrue(yesterday.snapshot().warnings().isEmpty());
    }
}
