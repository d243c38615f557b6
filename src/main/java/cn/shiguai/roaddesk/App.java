package cn.shiguai.roaddesk;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.RuleSetException;
import java.time.Clock;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window. Started by {@link Launcher} when no command is given. The window appears at once
 * with a progress indicator; the database opens behind it (about a second), and a failure to
 * open is explained in words, never retried in a loop, and never touches the data.
 */
public final class App extends Application {
    /** Set by {@link DesktopApp} before launch. */
    static volatile WindowOptions options = WindowOptions.defaults();

    private final FxTaskRunner tasks = new FxTaskRunner();
    private volatile Startup.Started started;

    @Override
    public void start(Stage stage) {
        // Until the database says which language was chosen, the command line's or Chinese.
        Messages messages = Messages.forLanguageTag(options.language());
        Clock clock = Clock.systemUTC();
        stage.setTitle(messages.get("app.title"));
        Label opening = new Label(messages.get("startup.opening"));
        VBox splash = new VBox(16, new ProgressIndicator(), opening);
        splash.setAlignment(Pos.CENTER);
        stage.setScene(new Scene(splash, 520, 260));
        stage.show();

        tasks.run(() -> Startup.start(options, clock, messages), result -> {
            started = result;
            Messages chosen = options.languageGiven() ? messages : Messages.forLanguageTag(result.language());
            showDesk(stage, chosen, clock, result);
            stage.centerOnScreen();
            // The daily backup is due at the first start of a day, and again after midnight while running.
            Timeline daily = new Timeline(new KeyFrame(Duration.hours(1), e -> tasks.run(
                    () -> result.backups().backupIfDue(), done -> { },
                    failure -> System.err.println(Failures.describe(failure, messages)))));
            daily.setCycleCount(Animation.INDEFINITE);
            daily.play();
        }, failure -> {
            refuse(stage, messages, failure);
        });
    }

    /** The desk in a language; choosing another in the settings builds it again in that one. */
    private void showDesk(Stage stage, Messages messages, Clock clock, Startup.Started result) {
        AppContext context = new AppContext(messages, clock, result.ruleSet(), tasks, result.stores(), result.officer(),
                result.directory().path().toString());
        context.onLanguageSwitch(tag -> showDesk(stage, Messages.forLanguageTag(tag), clock, result));
        MainWindow.show(stage, context);
    }

    private static void refuse(Stage stage, Messages messages, Throwable failure) {
        String message = failure instanceof DataAccessException d ? d.message(messages)
                : failure instanceof RuleSetException r ? r.message(messages)
                : messages.format("startup.failed", String.valueOf(failure.getMessage()));
        if (failure instanceof DataAccessException d && d.latestBackup().isPresent()) {
            message = message + "\n\n" + messages.format("startup.backupOffer", d.latestBackup().get().toString());
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        alert.setHeaderText(messages.get("startup.refused"));
        alert.getDialogPane().setPrefWidth(640);
        alert.initOwner(stage);
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        tasks.close();
        Startup.Started s = started;
        if (s != null) {
            s.shutDown();
        }
    }
}
