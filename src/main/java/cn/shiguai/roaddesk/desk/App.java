package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.app.Startup;
import cn.shiguai.roaddesk.app.WindowOptions;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.log.AppLog;
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
 * The window. Started by the launcher when no command is given. The window appears at once
 * with a progress indicator; the database opens behind it (about a second), and a failure to
 * open is explained in words, never retried in a loop, and never touches the data. The day's
 * backup runs behind the desk on the queue of long work, so no save waits for it.
 */
public final class App extends Application {
    /** Set by {@link DesktopApp} before launch. */
    static volatile WindowOptions options = WindowOptions.defaults();

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final FxTaskRunner longTasks = new FxTaskRunner("roaddesk-long");
    private volatile Startup.Started started;
    private DeskStage desk;

    @Override
    public void start(Stage stage) {
        // Until the database says which language was chosen, the command line's or Chinese.
        Messages messages = Messages.forLanguageTag(options.language());
        Clock clock = Clock.systemUTC();
        AppLog.install(DataDirectory.resolve(options.dataDirOption()).path());
        AppLog.catchUncaught(failure -> Platform.runLater(() -> showUncaught(stage, messages, failure)));
        stage.setTitle(messages.get("app.title"));
        Label opening = new Label(messages.get("startup.opening"));
        VBox splash = new VBox(16, new ProgressIndicator(), opening);
        splash.setAlignment(Pos.CENTER);
        stage.setScene(new Scene(splash, 520, 260));
        stage.show();

        tasks.run(() -> Startup.start(options, clock), result -> {
            started = result;
            Messages chosen = options.languageGiven() ? messages : Messages.forLanguageTag(result.language());
            desk = new DeskStage(stage, result.office(), tasks, longTasks, result.directory().path().toString());
            desk.show(chosen);
            stage.centerOnScreen();
            // The daily backup is due at the first start of a day, and again after midnight while running.
            Runnable backupIfDue = () -> longTasks.run(() -> result.backups().backupIfDue(), done -> { },
                    failure -> {
                        AppLog.failure("the day's backup failed", failure);
                        desk.current().deskModel().backupFailed(failure);
                    });
            backupIfDue.run();
            Timeline daily = new Timeline(new KeyFrame(Duration.hours(1), e -> backupIfDue.run()));
            daily.setCycleCount(Animation.INDEFINITE);
            daily.play();
        }, failure -> refuse(stage, messages, failure));
    }

    /** Said in the desk when there is one (status line and notification), else in a dialog. */
    private void showUncaught(Stage stage, Messages messages, Throwable failure) {
        String where = AppLog.file().map(Object::toString).orElse("-");
        if (desk != null && desk.current() != null && desk.current().deskModel() != null) {
            desk.current().deskModel().uncaught(failure, where);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.format("desk.uncaught",
                Failures.describe(failure, messages), where), ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.show();
    }

    private static void refuse(Stage stage, Messages messages, Throwable failure) {
        AppLog.failure("the desk could not start", failure);
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
        longTasks.close();
        if (desk != null) {
            desk.close();
        }
        Startup.Started s = started;
        if (s != null) {
            s.shutDown();
        }
    }
}
