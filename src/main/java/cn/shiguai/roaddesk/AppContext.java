package cn.shiguai.roaddesk;

import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.fx.ViewLoader;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.response.ui.LevelPanel;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RulesEngine;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.weather.ReadingService;
import cn.shiguai.roaddesk.weather.ReadingStore;
import cn.shiguai.roaddesk.weather.ui.ReadingFormViewModel;
import cn.shiguai.roaddesk.weather.ui.ReadingsView;
import cn.shiguai.roaddesk.weather.ui.ReadingsViewModel;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * The one place that knows how everything is built. Everything arrives through constructors;
 * tests build a context with an in-memory store, a fixed clock and a same-thread runner.
 */
public final class AppContext {
    private final Messages messages;
    private final Clock clock;
    private final RuleSet ruleSet;
    private final RulesEngine engine;
    private final TaskRunner tasks;
    private final ReadingService readings;
    private final ChangeBus changes = new ChangeBus();
    private final Supplier<String> currentUser;

    public AppContext(Messages messages, Clock clock, RuleSet ruleSet, TaskRunner tasks, ReadingStore readings,
                      Supplier<String> currentUser) {
        this.messages = messages;
        this.clock = clock;
        this.ruleSet = ruleSet;
        this.engine = new RulesEngine(ruleSet);
        this.tasks = tasks;
        this.readings = new ReadingService(readings, changes);
        this.currentUser = currentUser;
    }

    public Messages messages() {
        return messages;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public EvaluationText evaluationText() {
        return new EvaluationText(messages, ruleSet);
    }

    public ViewLoader viewLoader() {
        return new ViewLoader(messages);
    }

    public ReadingsViewModel readingsViewModel() {
        return new ReadingsViewModel(new ReadingFormViewModel(messages, clock, ruleSet.zone()), readings, engine, tasks,
                messages, clock, currentUser, changes);
    }

    /** The readings screen with its level panel, and its view model loaded. */
    public Parent readingsScreen(ReadingsViewModel model) {
        ViewLoader loader = viewLoader();
        ViewLoader.Loaded<LevelPanel> panel = loader.load("LevelPanel.fxml", LevelPanel::new);
        Parent root = loader.load("ReadingsView.fxml",
                () -> new ReadingsView(model, messages, evaluationText(), panel.root(), panel.controller())).root();
        model.load();
        return root;
    }
}
