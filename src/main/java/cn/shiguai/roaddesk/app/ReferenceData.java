package cn.shiguai.roaddesk.app;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.measures.store.CatalogueLoader;
import cn.shiguai.roaddesk.roster.store.RosterRepository;
import cn.shiguai.roaddesk.roster.store.RosterSeed;

/**
 * Reference data a fresh database needs: the 2019 roster (seeded once, on first start) and
 * the packaged measure catalogue (each version loaded once). Both are no-ops when already done
 * or when the packaged file is absent. Call off the FX thread, after {@link Database#open}.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static void load(Database database, DutyLog log) {
        new RosterSeed(database, new RosterRepository(database, log), log).seedDefaultIfEmpty();
        new CatalogueLoader(database, log).loadDefault();
    }
}
