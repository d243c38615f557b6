package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.issue.DocumentService;
import cn.shiguai.roaddesk.tools.SampleReadings;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The whole desk on a fresh in-memory database, filled through the real services with the
 * cold spell of {@link SampleReadings}: three days of snow to 2026-01-12, a level II response
 * decided at 09:40, measures reported, calls and orders in the log. It is 11:10 in the district.
 */
public final class SampleDesk implements AutoCloseable {
    public static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    public static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    public static final String OFFICER = "王海燕";

    public final TestClock clock = TestClock.at("2026-01-12T03:10:00Z");
    public final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), OFFICER);
    public final ChangeBus changes = desk.office().changes();

    public SampleDesk() {
        SampleReadings.fill(desk.office().readings(), DAY);
        SampleReadings.respond(desk.office(), DAY, desk.stores().log());
    }

    public SnapshotLoader snapshots() {
        var s = desk.stores();
        return new SnapshotLoader(s.readings(), s.responses(), s.measures(), s.roster(), s.log(), TestDesk.RULES,
                desk.office().situation()::evaluationOf, desk.office().upperLevelsInForce());
    }

    public DocumentService documents() {
        return desk.office().documents();
    }

    @Override
    public void close() {
        desk.close();
    }
}
