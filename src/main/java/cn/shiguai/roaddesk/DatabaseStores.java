package cn.shiguai.roaddesk;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.measures.MeasureCatalogue;
import cn.shiguai.roaddesk.measures.MeasureCatalogueLoader;
import cn.shiguai.roaddesk.measures.store.AssignmentRepository;
import cn.shiguai.roaddesk.measures.store.CatalogueItemRow;
import cn.shiguai.roaddesk.measures.store.DatabaseMeasureBoard;
import cn.shiguai.roaddesk.measures.store.MeasureCatalogueRepository;
import cn.shiguai.roaddesk.report.store.DocumentRepository;
import cn.shiguai.roaddesk.response.store.DatabaseResponseStore;
import cn.shiguai.roaddesk.response.store.StoredDecision;
import cn.shiguai.roaddesk.roster.RosterLoader;
import cn.shiguai.roaddesk.roster.store.DatabaseRosterStore;
import cn.shiguai.roaddesk.roster.store.RosterRepository;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.settings.SettingsRepository;
import cn.shiguai.roaddesk.settings.SettingsReviewMarks;
import cn.shiguai.roaddesk.weather.DailyMeanRepository;
import cn.shiguai.roaddesk.weather.DatabaseReadingStore;
import cn.shiguai.roaddesk.weather.LocationRepository;
import cn.shiguai.roaddesk.weather.ReadingRepository;
import cn.shiguai.roaddesk.weather.TrafficReportRepository;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds every store on the one database, after loading the reference data: the 2019 roster
 * (on first start) and the measure catalogue (each version once), both checked by their pure
 * loaders so a broken data file stops the start with the file and field named.
 */
public final class DatabaseStores {

    private DatabaseStores() {
    }

    public static Stores open(Database database, DutyLog log, RuleSet rules, Messages messages) {
        // The packaged files are checked by their strict loaders before anything is written.
        MeasureCatalogue catalogue = new MeasureCatalogueLoader(new RosterLoader().loadDefault()).loadDefault();
        StoreStartup.loadReferenceData(database, log);
        RosterRepository rosterRepository = new RosterRepository(database, log);
        long catalogueId = new MeasureCatalogueRepository(database).latest(catalogue.name()).orElseThrow();
        Map<String, Long> itemIds = new MeasureCatalogueRepository(database).items(catalogueId).stream()
                .collect(Collectors.toMap(CatalogueItemRow::key, CatalogueItemRow::id));

        ReadingRepository readings = new ReadingRepository(database, log);
        DatabaseReadingStore readingStore = new DatabaseReadingStore(database, new LocationRepository(database, log),
                readings, new DailyMeanRepository(database, log), new TrafficReportRepository(database, log), rules,
                messages);
        DatabaseResponseStore responses = new DatabaseResponseStore(database, log, rosterRepository, catalogue, itemIds,
                rules, messages);
        DatabaseMeasureBoard measures = new DatabaseMeasureBoard(new AssignmentRepository(database, log),
                rosterRepository, catalogue, () -> responses.latestDecision().map(StoredDecision::id), database.clock(),
                rules.zone());
        SettingsRepository settings = new SettingsRepository(database, log);
        return new Stores(log, readingStore, responses, measures, new SettingsReviewMarks(settings),
                new DatabaseRosterStore(rosterRepository), settings, new DocumentRepository(database, log), catalogue);
    }
}
