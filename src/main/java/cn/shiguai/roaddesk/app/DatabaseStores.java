package cn.shiguai.roaddesk.app;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.PhoneCalls;
import cn.shiguai.roaddesk.measures.MeasureCatalogue;
import cn.shiguai.roaddesk.measures.MeasureCatalogueLoader;
import cn.shiguai.roaddesk.measures.store.AssignmentRepository;
import cn.shiguai.roaddesk.measures.store.CatalogueItemRow;
import cn.shiguai.roaddesk.measures.store.DatabaseMeasureBoard;
import cn.shiguai.roaddesk.measures.store.DatabaseObligations;
import cn.shiguai.roaddesk.measures.store.MeasureCatalogueRepository;
import cn.shiguai.roaddesk.measures.store.SettingsReviewMarks;
import cn.shiguai.roaddesk.report.store.DocumentRepository;
import cn.shiguai.roaddesk.response.store.DatabaseResponseStore;
import cn.shiguai.roaddesk.response.store.StoredDecision;
import cn.shiguai.roaddesk.roster.RosterLoader;
import cn.shiguai.roaddesk.roster.store.DatabaseRosterStore;
import cn.shiguai.roaddesk.roster.store.RosterRepository;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.settings.SettingsRepository;
import cn.shiguai.roaddesk.weather.DailyMeanRepository;
import cn.shiguai.roaddesk.weather.DatabaseReadingStore;
import cn.shiguai.roaddesk.weather.LocationRepository;
import cn.shiguai.roaddesk.weather.ReadingRepository;
import cn.shiguai.roaddesk.weather.TrafficReportRepository;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds every store on the one database, after loading the reference data: the 2019 roster
 * (on first start) and the measure catalogue (each version once), both checked by their pure
 * loaders so a broken data file stops the start with the file and field named.
 */
final class DatabaseStores {

    private DatabaseStores() {
    }

    /**
     * @param evaluation how a decision's day is evaluated (the situation service's), over the
     *                   inputs read inside the decision's transaction
     */
    static Stores open(Database database, DutyLog log, RuleSet rules,
                       Function<EvaluationInput, Evaluation> evaluation) {
        // The packaged files are checked by their strict loaders before anything is written.
        MeasureCatalogue catalogue = new MeasureCatalogueLoader(new RosterLoader().loadDefault()).loadDefault();
        ReferenceData.load(database, log);
        RosterRepository rosterRepository = new RosterRepository(database, log);
        long catalogueId = new MeasureCatalogueRepository(database).latest(catalogue.name()).orElseThrow();
        Map<String, Long> itemIds = new MeasureCatalogueRepository(database).items(catalogueId).stream()
                .collect(Collectors.toMap(CatalogueItemRow::key, CatalogueItemRow::id));

        DatabaseReadingStore readings = new DatabaseReadingStore(database, log, new LocationRepository(database, log),
                new ReadingRepository(database, log), new DailyMeanRepository(database, log),
                new TrafficReportRepository(database, log), rules);
        AssignmentRepository assignments = new AssignmentRepository(database, log);
        DatabaseResponseStore responses = new DatabaseResponseStore(database, log, rosterRepository,
                (txn, day) -> evaluation.apply(readings.inputs().forDay(txn, day)),
                new DatabaseObligations(assignments, log, catalogue, itemIds, rosterRepository::roster), rules);
        DatabaseMeasureBoard measures = new DatabaseMeasureBoard(assignments, rosterRepository, catalogue,
                () -> responses.latestDecision().map(StoredDecision::id), database.clock(), rules.zone());
        SettingsRepository settings = new SettingsRepository(database, log);
        return new Stores(log, new PhoneCalls(database, log, rules.zone()), readings, responses, measures, new SettingsReviewMarks(settings),
                new DatabaseRosterStore(rosterRepository), settings, new DocumentRepository(database, log), catalogue);
    }
}
