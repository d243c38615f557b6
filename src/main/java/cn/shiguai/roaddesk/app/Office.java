package cn.shiguai.roaddesk.app;

import cn.shiguai.roaddesk.board.Board;
import cn.shiguai.roaddesk.board.BoardWords;
import cn.shiguai.roaddesk.board.DutyBoard;
import cn.shiguai.roaddesk.handover.Handovers;
import cn.shiguai.roaddesk.handover.OpenItems;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.HandoverSheet;
import cn.shiguai.roaddesk.rules.EvaluationText;
import java.util.List;
import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.board.BoardSources;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoints;
import cn.shiguai.roaddesk.common.log.AppLog;
import cn.shiguai.roaddesk.inputs.FileImports;
import cn.shiguai.roaddesk.inputs.Inbox;
import cn.shiguai.roaddesk.inputs.InboxWatch;
import cn.shiguai.roaddesk.inputs.StationImport;
import cn.shiguai.roaddesk.inputs.cap.WarningImport;
import cn.shiguai.roaddesk.measures.MeasureService;
import cn.shiguai.roaddesk.report.IssuingOffice;
import cn.shiguai.roaddesk.report.ReportContext;
import cn.shiguai.roaddesk.report.issue.DocumentFonts;
import cn.shiguai.roaddesk.report.issue.DocumentService;
import cn.shiguai.roaddesk.report.store.SnapshotLoader;
import cn.shiguai.roaddesk.response.ResponseService;
import cn.shiguai.roaddesk.roster.RosterService;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.settings.OfficerOnDuty;
import cn.shiguai.roaddesk.situation.SituationService;
import cn.shiguai.roaddesk.upper.UpperLevels;
import cn.shiguai.roaddesk.users.PasswordHasher;
import cn.shiguai.roaddesk.users.Sessions;
import cn.shiguai.roaddesk.users.SignIn;
import cn.shiguai.roaddesk.users.Users;
import cn.shiguai.roaddesk.upper.UpperLevelsInForce;
import cn.shiguai.roaddesk.upper.store.UpperResponseRepository;
import cn.shiguai.roaddesk.warnings.WarningsInForce;
import cn.shiguai.roaddesk.warnings.store.WarningRepository;
import cn.shiguai.roaddesk.weather.LocationRepository;
import cn.shiguai.roaddesk.weather.MonitoringPoints;
import cn.shiguai.roaddesk.weather.ReadingService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The office's services on one database, built in one place for the window and the commands
 * alike: the stores, the services that check and announce changes, the officer on duty, the
 * documents, and the one {@link SituationService} that every screen and command reads. No
 * JavaFX here: the window adds its screens on top ({@code desk.DeskContext}).
 */
public final class Office implements AutoCloseable {
    /** How often the window's office looks whether the district's calendar day has changed. */
    static final long DAY_WATCH_SECONDS = 30;
    /** The folder of the data directory whose station files the window imports by itself. */
    public static final String INBOX = "inbox";

    private final Database database;
    private final RuleSet rules;
    private final Clock clock;
    private final ChangeBus changes = new ChangeBus();
    private final Seat seat = new Seat();
    private final Stores stores;
    private final OfficerOnDuty officer;
    private final SituationService situation;
    private final ReadingService readings;
    private final MonitoringPoints points;
    private final ResponseService responses;
    private final MeasureService measures;
    private final RosterService roster;
    private final DocumentService documents;
    private final StationImport imports;
    private final WarningRepository warnings;
    private final FileImports files;
    private final UpperLevels upper;
    private final ScheduledExecutorService background;
    private final Sessions sessions;
    private final Handovers handovers;
    /** The board's items as the records word them: what a handover lists. */
    private final BoardWords recordWords;
    private final Checkpoints checkpoints;
    private final cn.shiguai.roaddesk.board.StartAnswers startAnswers;
    private InboxWatch inbox;
    private cn.shiguai.roaddesk.live.SeatLink link;
    private cn.shiguai.roaddesk.inputs.http.SourcePolling sources;
    private volatile cn.shiguai.roaddesk.inputs.http.HttpPoller poller;

    private Office(Database database, RuleSet rules, Clock clock, Executor situationWorker,
                   ScheduledExecutorService background) {
        this.database = database;
        this.rules = rules;
        this.clock = clock;
        this.background = background;
        DutyLog log = new DutyLog(database, seat);
        // The decision's evaluation is the situation service's: the lambda runs only once both exist.
        this.stores = DatabaseStores.open(database, log, rules, input -> situation().evaluationOf(input));
        this.officer = new OfficerOnDuty(database, stores.settings(), log);
        this.situation = new SituationService(() -> rules, stores.readings()::inputFor, stores.responses()::active,
                officer::name, clock, situationWorker).listenTo(changes);
        this.readings = new ReadingService(stores.readings(), stores.readings(), stores.readings(), changes, seat);
        this.points = new MonitoringPoints(database, new LocationRepository(database, log), log, changes);
        this.imports = new StationImport(readings, points, database, log, changes, rules.zone(), clock);
        this.warnings = new WarningRepository(database);
        this.files = new FileImports(imports, new WarningImport(database, log, warnings, changes));
        this.startAnswers = new cn.shiguai.roaddesk.board.StartAnswers(database, log, seat, changes);
        this.responses = new ResponseService(stores.responses(), stores.roster(), changes, seat);
        this.measures = new MeasureService(stores.measures(), changes, seat);
        this.roster = new RosterService(stores.roster(), changes, seat);
        this.upper = new UpperLevels(new UpperResponseRepository(database, log, rules.zone()), changes, seat);
        SnapshotLoader snapshots = new SnapshotLoader(stores.readings(), stores.responses(), stores.measures(),
                stores.roster(), log, rules, situation::evaluationOf, upper).withWarnings(warnings);
        this.documents = new DocumentService(snapshots, stores.documents(), log,
                () -> new ReportContext(IssuingOffice.SHIGUAI, rules, stores.catalogue(), stores.roster().roster()),
                new DocumentFonts(stores.settings()), changes, clock, rules.zone(), seat)
                .withReviews(new cn.shiguai.roaddesk.report.store.ReviewRepository(database, log));
        PasswordHasher hasher = new PasswordHasher();
        this.sessions = new Sessions(seat, new SignIn(database, log, hasher),
                new Users(database, log, () -> stores.roster().roster(), hasher), officer, database, log,
                this::beginFirstShift);
        EvaluationText recordText = new EvaluationText(RecordLanguage.messages(), rules);
        this.recordWords = new BoardWords(RecordLanguage.messages(), recordText);
        this.handovers = new Handovers(database, log, seat, clock, this::openItemsNow,
                () -> recordText.levelName(situation.current().activeLevel()),
                (content, by) -> documents.file(DocumentKind.HANDOVER_SHEET, by,
                        (number, seal) -> new HandoverSheet(IssuingOffice.SHIGUAI, rules).document(content, number, seal))
                        .documentNumber().issueLabel(), officer::name);
        // The keys live in the data directory, never in the database: an in-memory desk signs nothing.
        this.checkpoints = database.directory().map(dir -> Checkpoints.of(database, log, dir, clock)).orElse(null);
        if (checkpoints != null) {
            sessions.unlockKeysWith(new OfficeKeys(checkpoints.keys(), database, log));
            documents.signCheckpointsWith(checkpoints);
        }
    }

    /** What is open now, for a handover: the duty board's items and the measures not done, in the records' words. */
    private List<String> openItemsNow() {
        java.time.Instant now = clock.instant();
        BoardSources.Read read = boardSources().read();
        Board board = new DutyBoard(rules.zone()).at(now, situation.current(), read);
        List<String> items = new java.util.ArrayList<>(OpenItems.of(board, recordWords, read.owed(), now));
        // A draft sent for review waits on someone: the next officer must know it is not issued yet.
        documents.awaitingReview().forEach(r -> items.add(RecordLanguage.text("handover.item.review",
                r.kind().chineseName(), RecordLanguage.date(r.day()), r.draftedBy(), RecordLanguage.time(r.sentAt()))));
        return items;
    }

    /**
     * The office the window runs: the situation recomputed on a thread of its own, so a save never
     * waits for it, and the calendar watched so the day rolls over at midnight with the window open.
     */
    public static Office forWindow(Database database, RuleSet rules, Clock clock) {
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "roaddesk-situation");
            t.setDaemon(true);
            return t;
        });
        Office office = new Office(database, rules, clock, background, background);
        background.scheduleWithFixedDelay(office.situation::checkDay, DAY_WATCH_SECONDS, DAY_WATCH_SECONDS,
                TimeUnit.SECONDS);
        if (database.server().isPresent()) {
            // Other seats write to the same store: what they commit reaches this one's screens.
            office.link = cn.shiguai.roaddesk.live.SeatLink.start(database, office.changes);
        }
        database.directory().ifPresent(dir -> {
            office.watchInbox(dir.path().resolve(INBOX), clock);
            office.sources = cn.shiguai.roaddesk.inputs.http.SourcePolling.start(dir.path(), office.files, clock,
                    rules.zone()).orElse(null);
            if (office.sources != null) {
                office.poller = office.sources.poller();
            }
        });
        return office;
    }

    /** Station and warning files dropped into the data directory's inbox are taken while the window runs, on a thread of their own. */
    private void watchInbox(Path folder, Clock clock) {
        try {
            Inbox box = new Inbox(folder, files, clock).ensureFolders();
            inbox = InboxWatch.start(box, Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "roaddesk-inbox");
                t.setDaemon(true);
                return t;
            }));
        } catch (IOException e) {
            AppLog.warning("no inbox: " + folder + " cannot be created: " + e.getMessage());
        }
    }

    /** The office a command or a test uses: everything on the caller's thread, nothing running behind. */
    public static Office onCallingThread(Database database, RuleSet rules, Clock clock) {
        return new Office(database, rules, clock, Runnable::run, null);
    }

    /** Who is signed in at this seat; every service asks it before writing. The system until the window signs someone in. */
    public Seat seat() { return seat; }
    /** Signing in and out of this seat, the lock and the handover. */
    public Sessions sessions() { return sessions; }
    /** 交接班: the outgoing summary, the open items, the incoming acknowledgement and the sheet. */
    public Handovers handovers() { return handovers; }
    /**
     * The signed checkpoints of the log, for a file-backed desk: {@code checkpoints().write(reason, note)}
     * writes one signed by whoever is signed in (the handover calls it), {@code verify()} checks them all.
     */
    public java.util.Optional<Checkpoints> checkpoints() { return java.util.Optional.ofNullable(checkpoints); }
    public Database database() { return database; }
    public RuleSet ruleSet() { return rules; }
    public Clock clock() { return clock; }
    public ChangeBus changes() { return changes; }
    public Stores stores() { return stores; }
    public OfficerOnDuty officer() { return officer; }
    public SituationService situation() { return situation; }
    public ReadingService readings() { return readings; }
    public MonitoringPoints points() { return points; }
    public ResponseService responses() { return responses; }
    public MeasureService measures() { return measures; }
    public RosterService roster() { return roster; }
    public DocumentService documents() { return documents; }
    /**
     * The first start's officer, off the FX thread: put on the roster as a duty officer from
     * today unless already there, and named at the desk with the start of the first shift logged.
     */
    public void beginFirstShift(String officer) {
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(rules.zone()));
        boolean onRoster = roster.roster().dutyOfficersOn(today).stream()
                .anyMatch(t -> cn.shiguai.roaddesk.roster.Roster.samePerson(t.person(), officer));
        if (!onRoster) {
            // The desk's own act, before anyone can sign in: the store, not the service that asks the seat.
            stores.roster().appointDutyOfficer(officer.strip(), today, RecordLanguage.text("firstShift.rosterNote"),
                    officer.strip());
            changes.publish(cn.shiguai.roaddesk.common.events.Change.ROSTER);
        }
        this.officer.beginFirstShift(officer);
        changes.publish(cn.shiguai.roaddesk.common.events.Change.SETTINGS);
        changes.publish(cn.shiguai.roaddesk.common.events.Change.LOG);
    }

    /** What the duty board reads beyond the situation; off the FX thread. */
    public BoardSources boardSources() { return new OfficeBoardSources(this); }
    public StationImport imports() { return imports; }
    /** Any file the office takes, station readings or warning signals, told apart by content. */
    public FileImports fileImports() { return files; }
    /** The warning signals in force: forecasts shown beside the level, never counted by the rules. */
    public WarningsInForce warnings() { return warnings; }
    /** The officer's answers to the question a new orange or red 暴雪 or 道路结冰 signal asks (§六(三)). */
    public cn.shiguai.roaddesk.board.StartAnswers startAnswers() { return startAnswers; }

    /** The web sources configured in the data directory and where each stands; empty when none. */
    public List<cn.shiguai.roaddesk.inputs.http.SourceStatus> webSources() {
        cn.shiguai.roaddesk.inputs.http.HttpPoller p = poller;
        return p == null ? List.of() : p.statuses();
    }

    /** Shows and watches these sources instead: a test drives its own poller, the window its polling. */
    public void watchSources(cn.shiguai.roaddesk.inputs.http.HttpPoller polled) {
        this.poller = polled;
    }

    /** The city's and the region's announced responses: recorded here, shown beside the district's level, never its level. */
    public UpperLevels upperLevels() { return upper; }
    /** What the header, the documents and the commands read of the upper levels' responses. */
    public UpperLevelsInForce upperLevelsInForce() { return upper; }

    /** The window's link to the other seats on a server: what they change, and whether the server answers. */
    public java.util.Optional<cn.shiguai.roaddesk.live.SeatLink> link() { return java.util.Optional.ofNullable(link); }

    /** Stops what runs behind and releases the documents' font; the database is the opener's to close. */
    @Override
    public void close() {
        if (link != null) {
            link.close();
        }
        if (inbox != null) {
            inbox.close();
        }
        if (sources != null) {
            sources.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
        try {
            documents.fonts().close();
        } catch (IOException e) {
            // Closing a font file that was only read: nothing is lost; the process is ending or the desk is.
        }
    }
}
