package cn.shiguai.roaddesk;

import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.fx.ViewLoader;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.DeskView;
import cn.shiguai.roaddesk.desk.DeskViewModel;
import cn.shiguai.roaddesk.desk.HelpView;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.desk.Situation;
import cn.shiguai.roaddesk.dutylog.ui.DutyLogView;
import cn.shiguai.roaddesk.dutylog.ui.DutyLogViewModel;
import cn.shiguai.roaddesk.measures.MeasureService;
import cn.shiguai.roaddesk.measures.ui.MeasuresView;
import cn.shiguai.roaddesk.measures.ui.MeasuresViewModel;
import cn.shiguai.roaddesk.report.issue.DocumentService;
import cn.shiguai.roaddesk.report.ui.DocumentDesk;
import cn.shiguai.roaddesk.response.ResponseService;
import cn.shiguai.roaddesk.response.ui.LevelPanel;
import cn.shiguai.roaddesk.response.ui.ResponseView;
import cn.shiguai.roaddesk.response.ui.ResponseViewModel;
import cn.shiguai.roaddesk.roster.RosterService;
import cn.shiguai.roaddesk.roster.ui.RosterView;
import cn.shiguai.roaddesk.roster.ui.RosterViewModel;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RulesEngine;
import cn.shiguai.roaddesk.weather.ReadingService;
import cn.shiguai.roaddesk.weather.ui.ReadingFormViewModel;
import cn.shiguai.roaddesk.weather.ui.ReadingsView;
import cn.shiguai.roaddesk.weather.ui.ReadingsViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import cn.shiguai.roaddesk.settings.DeskSettings;
import cn.shiguai.roaddesk.settings.ui.SettingsView;
import cn.shiguai.roaddesk.settings.ui.SettingsViewModel;
import javafx.scene.Parent;

/**
 * The one place that knows how everything is built. Everything arrives through constructors;
 * tests build a context on a fresh in-memory database with a fixed clock.
 */
public final class AppContext {
    private final Messages messages;
    private final Clock clock;
    private final RuleSet ruleSet;
    private final RulesEngine engine;
    private final EvaluationText text;
    private final TaskRunner tasks;
    private final Stores stores;
    private final Supplier<String> currentUser;
    private final String dataDirectory;
    private final ChangeBus changes = new ChangeBus();
    private final ReadingService readings;
    private final ResponseService responses;
    private final MeasureService measures;
    private final RosterService roster;
    private final DocumentService documents;
    private DeskViewModel deskModel;
    private final CurrentOfficer officer;
    private Consumer<String> switchLanguage = tag -> { };

    public AppContext(Messages messages, Clock clock, RuleSet ruleSet, TaskRunner tasks, Stores stores,
                      CurrentOfficer officer, String dataDirectory) {
        this.messages = messages;
        this.clock = clock;
        this.ruleSet = ruleSet;
        this.engine = new RulesEngine(ruleSet);
        this.text = new EvaluationText(messages, ruleSet);
        this.tasks = tasks;
        this.stores = stores;
        this.officer = officer;
        this.currentUser = officer::name;
        this.dataDirectory = dataDirectory;
        this.readings = new ReadingService(stores.readings(), changes);
        this.responses = new ResponseService(stores.responses(), stores.roster(), changes);
        this.measures = new MeasureService(stores.measures(), changes);
        this.roster = new RosterService(stores.roster(), changes);
        this.documents = DocumentService.over(stores, ruleSet, changes, clock);
    }

    public Messages messages() { return messages; }
    public RuleSet ruleSet() { return ruleSet; }
    public EvaluationText evaluationText() { return text; }
    public ChangeBus changes() { return changes; }
    public ReadingService readings() { return readings; }
    public ResponseService responses() { return responses; }
    public MeasureService measures() { return measures; }
    public RosterService roster() { return roster; }
    public RulesEngine engine() { return engine; }
    public DocumentService documents() { return documents; }

    /** What the settings screen calls with "zh" or "en" once the choice is saved: the app rebuilds the window. */
    public void onLanguageSwitch(Consumer<String> switchLanguage) {
        this.switchLanguage = switchLanguage;
    }

    /** The desk built last (one per window): which screen is open, what the header shows. */
    public DeskViewModel deskModel() { return deskModel; }

    /** The whole desk: header, navigation and the screens, each built when first opened. */
    public DeskParts desk() {
        ViewLoader loader = new ViewLoader(messages);
        DeskViewModel desk = new DeskViewModel(this::situation, changes, tasks, messages, text);
        deskModel = desk;
        Map<Screen, Supplier<Parent>> screens = new EnumMap<>(Screen.class);
        ResponseViewModel responseModel = responseViewModel();
        ResponseView[] responseView = new ResponseView[1];
        Parent[] frameRoot = new Parent[1];
        DocumentDesk documentDesk = new DocumentDesk(documents, changes, tasks, messages, clock, ruleSet.zone(),
                currentUser, () -> frameRoot[0].getScene().getWindow());
        screens.put(Screen.READINGS, this::readingsScreen);
        screens.put(Screen.RESPONSE, () -> {
            ViewLoader.Loaded<LevelPanel> panel = loader.load("LevelPanel.fxml", LevelPanel::new);
            var loaded = loader.load("ResponseView.fxml",
                    () -> new ResponseView(responseModel, messages, text, panel.root(), panel.controller()));
            responseView[0] = loaded.controller();
            return loaded.root();
        });
        screens.put(Screen.MEASURES, () -> loader.load("MeasuresView.fxml", () -> new MeasuresView(
                new MeasuresViewModel(measures, stores.reviewMarks(), tasks, messages, clock, ruleSet.zone(), currentUser,
                        changes), messages, documentDesk::printChecklist)).root());
        screens.put(Screen.DUTY_LOG, () -> loader.load("DutyLogView.fxml", () -> new DutyLogView(
                new DutyLogViewModel(stores.log(), changes, tasks, messages, clock, ruleSet.zone(), currentUser),
                messages)).root());
        screens.put(Screen.ROSTER, () -> loader.load("RosterView.fxml", () -> new RosterView(
                new RosterViewModel(roster, tasks, messages, clock, ruleSet.zone(), currentUser, changes), messages)).root());
        screens.put(Screen.DOCUMENTS, documentDesk::screen);
        screens.put(Screen.SETTINGS, () -> loader.load("SettingsView.fxml", () -> new SettingsView(
                new SettingsViewModel(stores.settings(), officer, roster, stores.log(), changes, tasks, messages, clock,
                        ruleSet.zone(), switchLanguage), messages)).root());
        screens.put(Screen.HELP, () -> loader.load("HelpView.fxml", () -> new HelpView(messages, dataDirectory)).root());
        var frame = loader.load("DeskWindow.fxml", () -> new DeskView(desk, messages, text, screens, currentUser, clock));
        frameRoot[0] = frame.root();
        desk.refresh();
        return new DeskParts(frame.root(), frame.controller(), desk, () -> {
            desk.screen().set(Screen.RESPONSE);
            if (responseView[0] != null) {
                responseView[0].decide();
            }
        });
    }

    /** What the frame needs beyond its root: the controller for shortcuts, and the decide action. */
    public record DeskParts(Parent root, DeskView view, DeskViewModel model, Runnable decide) { }

    public ReadingsViewModel readingsViewModel() {
        return new ReadingsViewModel(new ReadingFormViewModel(messages, clock, ruleSet.zone()), readings, engine, tasks,
                messages, clock, currentUser, changes, new DeskSettings(stores.settings())::staleHours);
    }

    public ResponseViewModel responseViewModel() {
        return new ResponseViewModel(responses, stores.readings(), engine, tasks, messages, text, clock, currentUser,
                changes);
    }

    /** The weather and roads screen with its level panel, its view model loaded. */
    public Parent readingsScreen() {
        ReadingsViewModel model = readingsViewModel();
        ViewLoader loader = new ViewLoader(messages);
        ViewLoader.Loaded<LevelPanel> panel = loader.load("LevelPanel.fxml", LevelPanel::new);
        Parent root = loader.load("ReadingsView.fxml",
                () -> new ReadingsView(model, messages, text, panel.root(), panel.controller())).root();
        model.load();
        return root;
    }

    /** The header's situation: read off the FX thread. */
    private Situation situation() {
        LocalDate today = LocalDate.now(clock.withZone(ruleSet.zone()));
        return new Situation(responses.active(), engine.evaluate(stores.readings().inputFor(today)));
    }
}
