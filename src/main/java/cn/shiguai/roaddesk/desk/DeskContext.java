package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.board.AlertLog;
import cn.shiguai.roaddesk.board.Alerts;
import cn.shiguai.roaddesk.board.BoardWords;
import cn.shiguai.roaddesk.board.DutyBoard;
import cn.shiguai.roaddesk.board.ui.AlertsViewModel;
import cn.shiguai.roaddesk.board.ui.BoardView;
import cn.shiguai.roaddesk.board.ui.BoardViewModel;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.fx.ViewLoader;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.settings.SettingsView;
import cn.shiguai.roaddesk.desk.settings.SettingsViewModel;
import cn.shiguai.roaddesk.dutylog.ui.DutyLogView;
import cn.shiguai.roaddesk.dutylog.ui.DutyLogViewModel;
import cn.shiguai.roaddesk.measures.ui.MeasuresView;
import cn.shiguai.roaddesk.measures.ui.MeasuresViewModel;
import cn.shiguai.roaddesk.report.ui.DocumentDesk;
import cn.shiguai.roaddesk.response.ui.ResponseView;
import cn.shiguai.roaddesk.response.ui.ResponseViewModel;
import cn.shiguai.roaddesk.roster.ui.RosterView;
import cn.shiguai.roaddesk.roster.ui.RosterViewModel;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.settings.DeskSettings;
import cn.shiguai.roaddesk.situation.ui.LevelPanel;
import cn.shiguai.roaddesk.situation.ui.SituationModel;
import cn.shiguai.roaddesk.users.ui.SignInLayer;
import cn.shiguai.roaddesk.users.ui.SignInModel;
import cn.shiguai.roaddesk.weather.ui.ReadingFormViewModel;
import cn.shiguai.roaddesk.weather.ui.ReadingsView;
import cn.shiguai.roaddesk.weather.ui.ReadingsViewModel;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.util.Duration;

/**
 * One window's desk, built by hand over the {@link Office}: the header, the navigation and the
 * screens (each built when first opened), all reading the one situation through one
 * {@link SituationModel}. A desk lives until the window is rebuilt in another language or
 * closed; {@link #close()} then ends its subscriptions and stops its clock, so no old screen is
 * called again. Tests build one on a fresh in-memory office with a fixed clock.
 */
public final class DeskContext implements AutoCloseable {
    /** How often what moves with the clock is brought up to date. */
    static final Duration TICK = Duration.seconds(15);

    private final Office office;
    private final Messages messages;
    private final TaskRunner tasks;
    private final TaskRunner longTasks;
    private final String dataDirectory;
    private final EvaluationText text;
    private final ChangeBus.Scope changes;
    private final SituationModel situation;
    private final Ticker ticker;
    private final Supplier<String> currentUser;
    private Consumer<String> switchLanguage = tag -> { };
    private final Alerts alerts;
    private DeskViewModel deskModel;
    private BoardViewModel boardModel;
    private cn.shiguai.roaddesk.warnings.ui.WarningsModel warningsModel;
    private final Map<Screen, java.util.function.BooleanSupplier> unsaved = new EnumMap<>(Screen.class);
    private AlertsViewModel alertsModel;
    private DeskView view;
    private final SignInModel signIn;
    private final java.util.concurrent.atomic.AtomicInteger lockMinutes =
            new java.util.concurrent.atomic.AtomicInteger(DeskSettings.Range.LOCK.defaultValue);

    /**
     * @param tasks     the queue of saves and of the loads that follow them
     * @param longTasks the queue of long work (verifying the chain, rendering, backups), so a save never waits for it
     */
    public DeskContext(Office office, Messages messages, TaskRunner tasks, TaskRunner longTasks, String dataDirectory) {
        this(office, messages, tasks, longTasks, dataDirectory, new Alerts());
    }

    /** @param alerts the window's alerts, kept across a language switch so none is raised twice */
    public DeskContext(Office office, Messages messages, TaskRunner tasks, TaskRunner longTasks, String dataDirectory,
                       Alerts alerts) {
        this.alerts = alerts;
        this.office = office;
        this.messages = messages;
        this.tasks = tasks;
        this.longTasks = longTasks;
        this.dataDirectory = dataDirectory;
        this.text = new EvaluationText(messages, office.ruleSet());
        this.changes = office.changes().scope();
        this.situation = new SituationModel(office.situation(), tasks);
        this.ticker = new Ticker(office.clock(), TICK);
        // Who signed in names every record; a desk nobody signed in to (a test's) the officer on duty.
        this.currentUser = () -> office.seat().actor().isSystem() ? office.officer().name()
                : office.seat().actor().person();
        this.signIn = new SignInModel(office.sessions(), office.handovers(), tasks, messages, office.clock(), changes,
                lockMinutes::get);
    }

    public Office office() { return office; }
    public Messages messages() { return messages; }
    public EvaluationText evaluationText() { return text; }
    public SituationModel situation() { return situation; }
    /** The data directory's path as shown to the user; this seat's window place is kept there. */
    public String dataDirectory() { return dataDirectory; }
    /** The district's zone, in which every time on screen is shown. */
    public java.time.ZoneId zone() { return office.ruleSet().zone(); }
    public Ticker ticker() { return ticker; }
    /** This desk's view of the office's change bus: what it subscribes ends with it. */
    public ChangeBus.Scope changes() { return changes; }

    /** What the settings screen calls with "zh" or "en" once the choice is saved: the app rebuilds the window. */
    public void onLanguageSwitch(Consumer<String> switchLanguage) {
        this.switchLanguage = switchLanguage;
    }

    /** The desk built last (one per window): which screen is open, what the header shows. */
    public DeskViewModel deskModel() { return deskModel; }
    /** The board of the desk built last: what waits, for the board screen, the header and the alerts. */
    public BoardViewModel boardModel() { return boardModel; }
    public AlertsViewModel alertsModel() { return alertsModel; }
    /** The warning signals in force, for the header and the readings screen; built with the desk. */
    public cn.shiguai.roaddesk.warnings.ui.WarningsModel warningsModel() {
        if (warningsModel == null) {
            warningsModel = new cn.shiguai.roaddesk.warnings.ui.WarningsModel(office.warnings(), tasks, changes, ticker,
                    messages, office.ruleSet().zone());
            warningsModel.load();
        }
        return warningsModel;
    }
    /** The sign-in layer's model: who is signed in, the lock, the handover. */
    public SignInModel signIn() { return signIn; }

    /** The whole desk: header, navigation and the screens, each built when first opened. */
    public DeskParts desk() {
        ViewLoader loader = new ViewLoader(messages);
        Clock clock = office.clock();
        DeskViewModel desk = new DeskViewModel(situation, messages, text);
        desk.signedInFrom(office.seat()::actor);
        deskModel = desk;
        Map<Screen, Supplier<Parent>> screens = new EnumMap<>(Screen.class);
        ResponseView[] responseView = new ResponseView[1];
        Parent[] frameRoot = new Parent[1];
        DocumentDesk documentDesk = new DocumentDesk(office.documents(), changes, longTasks, messages, clock,
                office.ruleSet().zone(), currentUser, () -> frameRoot[0].getScene().getWindow())
                .protecting(() -> office.database().directory().map(d -> d.storeFiles()).orElse(java.util.List.of()));
        desk.warningsFrom(warningsModel());
        BoardViewModel board = new BoardViewModel(situation, office.boardSources(), new DutyBoard(office.ruleSet().zone()),
                tasks, changes, ticker, messages, new BoardWords(messages, text))
                .answeringWith(office.startAnswers(), currentUser, office.clock());
        boardModel = board;
        // A web source goes silent with no change at all: the board reads again when the set of silent ones moves.
        var silent = new java.util.concurrent.atomic.AtomicReference<java.util.Set<String>>(java.util.Set.of());
        ticker.now().addListener((o, a, now) -> {
            java.util.Set<String> names = office.webSources().stream().filter(s -> s.isSilent(now))
                    .map(s -> s.source().name()).collect(java.util.stream.Collectors.toSet());
            if (!names.equals(silent.getAndSet(names))) {
                board.load();
            }
        });
        AlertLog alertLog = new AlertLog(office.database(), office.stores().log(), office.ruleSet());
        AlertsViewModel alertsOfDesk = new AlertsViewModel(alerts, board, alertLog, tasks, ticker, messages,
                currentUser, changes);
        alertsModel = alertsOfDesk;
        screens.put(Screen.BOARD, () -> loader.load("BoardView.fxml", () -> new BoardView(board, messages,
                place -> desk.screen().set(Screen.valueOf(place.name())))).root());
        screens.put(Screen.READINGS, this::readingsScreen);
        screens.put(Screen.RESPONSE, () -> {
            ViewLoader.Loaded<LevelPanel> panel = loader.load("LevelPanel.fxml", LevelPanel::new);
            var loaded = loader.load("ResponseView.fxml",
                    () -> new ResponseView(responseViewModel(), messages, text, panel.root(), panel.controller(),
                            ticker));
            responseView[0] = loaded.controller();
            return loaded.root();
        });
        screens.put(Screen.MEASURES, () -> loader.load("MeasuresView.fxml", () -> new MeasuresView(
                new MeasuresViewModel(office.measures(), office.stores().reviewMarks(), tasks, messages, clock,
                        office.ruleSet().zone(), currentUser, changes), messages, documentDesk::printChecklist,
                ticker)).root());
        screens.put(Screen.DUTY_LOG, () -> {
            DutyLogViewModel logModel = new DutyLogViewModel(office.stores().log(), office.stores().calls(), changes,
                    tasks, longTasks, messages, clock, office.ruleSet().zone(), currentUser);
            office.checkpoints().ifPresent(signed -> logModel.chain().alsoCheck(signed::verify));
            unsaved.put(Screen.DUTY_LOG, () -> !logModel.newText().get().isBlank());
            return loader.load("DutyLogView.fxml", () -> new DutyLogView(logModel, messages, ticker)).root();
        });
        screens.put(Screen.ROSTER, () -> loader.load("RosterView.fxml", () -> new RosterView(
                new RosterViewModel(office.roster(), tasks, messages, clock, office.ruleSet().zone(), currentUser,
                        changes), messages)).root());
        screens.put(Screen.DOCUMENTS, documentDesk::screen);
        screens.put(Screen.SETTINGS, () -> loader.load("SettingsView.fxml", () -> new SettingsView(
                settingsModel(), messages)).root());
        screens.put(Screen.HELP, () -> loader.load("HelpView.fxml", () -> new HelpView(messages, dataDirectory)).root());
        var frame = loader.load("DeskWindow.fxml", () -> new DeskView(desk, messages, text, screens, ticker, board,
                alertsOfDesk));
        frameRoot[0] = frame.root();
        view = frame.controller();
        ticker.start();
        board.load();
        // The idle lock: its minutes read off the FX thread when the settings change, checked at each tick.
        Runnable readLockMinutes = () -> tasks.run(() -> new DeskSettings(office.stores().settings()).lockMinutes(),
                lockMinutes::set, failure -> cn.shiguai.roaddesk.common.log.AppLog.failure("the lock time could not be read", failure));
        changes.subscribe(change -> {
            if (change == cn.shiguai.roaddesk.common.events.Change.SETTINGS) {
                tasks.onUiThread(readLockMinutes);
            }
        });
        readLockMinutes.run();
        ticker.now().addListener((o, a, b) -> signIn.checkIdle(clock.instant()));
        // The upper levels' responses in the header: read when they change and each minute, since
        // one recorded ahead of time takes effect at its own hour.
        Runnable upper = () -> tasks.run(() -> office.upperLevelsInForce().at(clock.instant()), desk::showUpper,
                failure -> cn.shiguai.roaddesk.common.log.AppLog.failure("the upper levels could not be read", failure));
        changes.subscribe(change -> {
            if (change == cn.shiguai.roaddesk.common.events.Change.UPPER_LEVELS) {
                tasks.onUiThread(upper);
            }
        });
        ticker.now().addListener((o, a, b) -> upper.run());
        upper.run();
        watchServer(desk);
        SignInLayer layer = new SignInLayer(signIn, messages);
        frame.root().visibleProperty().bind(signIn.mode().isEqualTo(SignInModel.Mode.NONE));
        view.showOnlyWhat(office.seat()::may);
        signIn.mode().addListener((o, before, now) -> {
            if (now == SignInModel.Mode.NONE) {
                view.showOnlyWhat(office.seat()::may);
            }
        });
        return new DeskParts(frame.root(), layer.root(), frame.controller(), desk, () -> {
            desk.screen().set(Screen.RESPONSE);
            if (responseView[0] != null) {
                responseView[0].decide();
            }
        });
    }

    /** What the frame needs beyond its root: the controller for shortcuts, and the decide action. */
    public record DeskParts(Parent root, Parent signInLayer, DeskView view, DeskViewModel model, Runnable decide) { }

    public ReadingsViewModel readingsViewModel() {
        return new ReadingsViewModel(new ReadingFormViewModel(messages, office.clock(), office.ruleSet().zone()),
                office.readings(), situation, office.ruleSet(), tasks, messages, office.clock(), currentUser, changes,
                new DeskSettings(office.stores().settings())::staleHours, office.points());
    }

    /** The screens with something typed and not saved, in the order of the navigation: asked about at close. */
    public java.util.List<Screen> unsavedInput() {
        return unsaved.entrySet().stream().filter(e -> e.getValue().getAsBoolean()).map(Map.Entry::getKey).toList();
    }

    /** The settings screen's model, with the read-only line naming the store in use. */
    public SettingsViewModel settingsModel() {
        SettingsViewModel model = new SettingsViewModel(office.stores().settings(), office.officer(), office.handovers(),
                signIn::lock, changes, tasks, messages, office.clock(), office.ruleSet().zone(), switchLanguage);
        office.database().server().ifPresentOrElse(
                server -> model.showStore(server.where(), server.seat().user(), dataDirectory),
                () -> model.showStore(null, null, dataDirectory));
        model.showWebSources(office::webSources);
        ticker.now().addListener((o, a, b) -> model.refreshWebSources());
        return model;
    }

    public ResponseViewModel responseViewModel() {
        return new ResponseViewModel(office.responses(), situation, tasks, messages, text, office.clock(), currentUser,
                changes);
    }

    /** The weather and roads screen with its level panel, its view model loaded. */
    public Parent readingsScreen() {
        ReadingsViewModel model = readingsViewModel();
        unsaved.put(Screen.READINGS, () -> model.form().hasInput());
        ViewLoader loader = new ViewLoader(messages);
        ViewLoader.Loaded<LevelPanel> panel = loader.load("LevelPanel.fxml", LevelPanel::new);
        Parent root = loader.load("ReadingsView.fxml",
                () -> new ReadingsView(model, messages, text, panel.root(), panel.controller(), ticker,
                        warningsModel())).root();
        model.load();
        return root;
    }

    /** On a server, the status bar says at once when it stops answering, and when it answers again. */
    private void watchServer(DeskViewModel desk) {
        office.link().ifPresent(link -> {
            String where = office.database().server().map(s -> s.where()).orElse("");
            storeWatcher = state -> tasks.onUiThread(() -> desk.showStore(where, state));
            link.watch(storeWatcher);
        });
    }

    private java.util.function.Consumer<cn.shiguai.roaddesk.live.StoreState> storeWatcher;

    /** Ends this desk: no subscription of its screens remains and its clock stops. */
    @Override
    public void close() {
        if (storeWatcher != null) {
            office.link().ifPresent(link -> link.unwatch(storeWatcher));
        }
        if (view != null) {
            view.close();
        }
        ticker.close();
        situation.close();
        changes.close();
    }
}
