package cn.shiguai.roaddesk.measures.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.response.store.ActivationRepository;
import cn.shiguai.roaddesk.response.store.DecisionDraft;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.roster.store.RosterFixture;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeasuresStoreTest {
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final Database db = TestDatabases.fresh(clock);
    private final DutyLog log = new DutyLog(db);
    private final CatalogueLoader loader = new CatalogueLoader(db, log);
    private final MeasureCatalogueRepository catalogue = new MeasureCatalogueRepository(db);
    private final AssignmentRepository assignments = new AssignmentRepository(db, log);

    @BeforeEach
    void seedRoster() throws IOException {
        RosterFixture.seed(db, log);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long loadFixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            return loader.load(in.readAllBytes(), name);
        }
    }

    @Test
    void loadsACatalogueVersionOnceWithAllExpandedToMemberUnits() throws IOException {
        long id = loadFixture("measures-small.json");
        assertEquals(id, loadFixture("measures-small.json"), "loading the same version again changes nothing");
        assertEquals(id, catalogue.latest("石府办发〔2019〕2号").orElseThrow());
        List<CatalogueItemRow> items = catalogue.items(id);
        assertEquals(List.of("III.1", "III.3", "IV.2", "T.REPORT_ACTIVATION", "T.PUBLISH_CLOSURE"),
                items.stream().map(CatalogueItemRow::key).toList());
        CatalogueItemRow all = items.get(0);
        assertEquals(List.of("LEADER", "TRANSPORT", "TRAFFIC_POLICE"), all.lead(), "ALL = the member units");
        assertEquals(List.of("TRAFFIC_POLICE"), all.supporting());
        assertEquals("各成员单位检查落实各项防范措施，领导在岗带班。", all.text());
        assertEquals("TRAFFIC_CUT", items.get(4).when());
        assertEquals(List.of("III.1", "III.3", "T.REPORT_ACTIVATION", "T.PUBLISH_CLOSURE"),
                catalogue.itemsForLevel(id, "III").stream().map(CatalogueItemRow::key).toList());
        assertEquals(1, log.concerning(LinkType.CATALOGUE, id).size());
    }

    @Test
    void aCatalogueNamingAnUnknownPositionIsRefusedWhole() throws IOException {
        assertThrows(DataAccessException.class, () -> loadFixture("measures-unknown-position.json"));
        assertTrue(catalogue.latest("石府办发〔2019〕2号").isEmpty());
    }

    @Test
    void assignmentsAndTheirStatusUpdates() throws IOException {
        long id = loadFixture("measures-small.json");
        CatalogueItemRow clearing = catalogue.itemsForLevel(id, "III").get(1);
        ActivationRepository activations = new ActivationRepository(db, log);
        AssignmentRow row = db.write(txn -> {
            var decision = activations.decide(txn, new DecisionDraft(DecisionKind.START, ResponseLevel.III,
                    ResponseLevel.III, null, "刘雪峰", "EMERGENCY_OFFICE", "§六(二)", null, null, "王值班",
                    clock.instant(), "石府办发〔2019〕2号"));
            return assignments.assign(txn, decision.activationId(), decision.id(), clearing.id(), "TRANSPORT", "LEAD",
                    "王值班", null);
        });
        assertEquals("NOT_STARTED", row.latestStatus());

        clock.advance(Duration.ofMinutes(30));
        assignments.report(row.id(), "IN_PROGRESS", "李新明", "王值班", clock.instant().minusSeconds(600), "两台铲雪车出动");
        clock.advance(Duration.ofHours(2));
        assignments.report(row.id(), "DONE", "李新明", "王值班", clock.instant(), null);

        assertEquals("DONE", assignments.forActivation(row.activationId()).get(0).latestStatus());
        assertEquals(List.of("IN_PROGRESS", "DONE"),
                assignments.updates(row.id()).stream().map(StatusUpdateRow::status).toList());
        // the assignment itself is listed in its decision's entry; each status report has its own
        assertEquals(2, log.concerning(LinkType.ASSIGNMENT, row.id()).size());
        assertThrows(IllegalArgumentException.class,
                () -> assignments.report(row.id(), "MAYBE", "李新明", "王值班", clock.instant(), null));
        assertTrue(log.verify().intact());
    }
}
