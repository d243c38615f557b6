package cn.shiguai.roaddesk.ui;

import cn.shiguai.roaddesk.AppContext;
import cn.shiguai.roaddesk.CurrentOfficer;
import cn.shiguai.roaddesk.DatabaseStores;
import cn.shiguai.roaddesk.Stores;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import java.time.Clock;

/**
 * The whole desk on a fresh in-memory database with the real migrations, the 2019 roster and
 * the measure catalogue, as the app builds it: what the UI flows and screenshots run on.
 */
public final class TestDesk implements AutoCloseable {
    public static final RuleSet RULES = new RuleSetLoader().loadDefault();

    private final Database database;
    private final Stores stores;
    private final AppContext context;
    private final CurrentOfficer officer;

    public TestDesk(Clock clock, TaskRunner tasks, Messages messages, String officer) {
        this.database = TestDatabases.fresh(clock);
        this.stores = DatabaseStores.open(database, new DutyLog(database), RULES, messages);
        stores.settings().put("desk.officer", officer, "系统");
        this.officer = new CurrentOfficer(stores.settings(), messages);
        this.context = new AppContext(messages, clock, RULES, tasks, stores, this.officer, "(内存数据库)");
    }

    public AppContext context() {
        return context;
    }

    public Stores stores() {
        return stores;
    }

    public Database database() {
        return database;
    }

    public CurrentOfficer officer() {
        return officer;
    }

    @Override
    public void close() {
        database.close();
    }
}
