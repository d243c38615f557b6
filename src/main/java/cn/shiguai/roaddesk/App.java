package cn.shiguai.roaddesk;

import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetException;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.weather.InMemoryReadingStore;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** The window. Started by {@link Launcher} when no command is given. */
public final class App extends Application {
    private final FxTaskRunner tasks = new FxTaskRunner();

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.chinese();
        RuleSet ruleSet;
        try {
            ruleSet = new RuleSetLoader().loadDefault();
        } catch (RuleSetException e) {
            // A broken rule set must stop the app: a wrong level is worse than none.
            new Alert(Alert.AlertType.ERROR, e.message(messages), ButtonType.CLOSE).showAndWait();
            Platform.exit();
            return;
        }
        Clock clock = Clock.systemUTC();
        AppContext context = new AppContext(messages, clock, ruleSet, tasks, new InMemoryReadingStore(clock),
                () -> messages.get("user.dutyOfficer"));
        MainWindow.show(stage, context);
    }

    @Override
    public void stop() {
        tasks.close();
    }
}
