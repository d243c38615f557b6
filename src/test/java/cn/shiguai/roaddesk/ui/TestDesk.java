package cn.shiguai.roaddesk.ui;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.app.Stores;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.DeskContext;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.settings.OfficerOnDuty;
import cn.shiguai.roaddesk.settings.SettingsRepository;
import java.time.Clock;

/**
 * The whole desk on a fresh in-memory database with the real migrations, the 2019 roster and
 * the measure catalogue, as the app builds it: what the UI flows and screenshots run on. The
 * situation is recomputed on the thread that announced the change, so tests need no other thread.
 */
public final class TestDesk implements AutoCloseable {
    public static final RuleSet RULES = new RuleSetLoader().loadDefault();

    private final Database database;
    private final Office office;
    private final DeskContext context;

    public TestDesk(Clock clock, TaskRunner tasks, Messages messages, String officer) {
        this.database = TestDatabases.fresh(clock);
        new SettingsRepository(database, new DutyLog(database)).put("desk.officer", officer, "系统");
        this.office = Office.onCallingThread(database, RULES, clock);
        this.context = new DeskContext(office, messages, tasks, tasks, "(内存数据库)");
    }

    public DeskContext context() {
        return context;
    }

    public Office office() {
        return office;
    }

    public Stores stores() {
        return office.stores();
    }

    public Database database() {
        return database;
    }

    public OfficerOnDuty officer() {
        return office.officer();
    }

    @Override
    public void close() {
        context.close();
        office.close();
        database.close();
    }
}
