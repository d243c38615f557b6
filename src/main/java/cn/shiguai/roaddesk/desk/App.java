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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import javafx.scene.image.Image;
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
    static volatile Clock clock = Clock.systemUTC();
    /** Begun by {@link DesktopApp} before the toolkit; begun here when App is launched another way. */
    static volatile CompletableFuture<Startup.Started> starting;

    /** How long after the desk is usable the day's backup starts. */
    static final Duration BACKUP_DELAY = Duration.seconds(45);
    /** Entries after the last checkpoint that make the start check record a new one. */
    static final long CHECKPOINT_EVERY = 200;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final FxTaskRunner longTasks = new FxTaskRunner("roaddesk-long");
    private volatile Startup.Started started;
    private DeskStage desk;

    @Override
    public void start(Stage stage) {
        // Until the database says which language was chosen, the command line's or Chinese.
        Messages messages = Messages.forLanguageTag(options.language());
        if (starting == null) {
            AppLog.install(DataDirectory.resolve(options.dataDirOption()).path());
            starting = DesktopApp.startInBackground(options, clock);
        }
        CompletableFuture<Startup.Started> begun = starting;
        AppLog.catchUncaught(failure -> Platform.runLater(() -> showUncaught(stage, messages, failure)));
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().add(new Image(App.class.getResource("/icons/roaddesk.png").toExternalForm()));
        Label opening = new Label(messages.get("startup.opening"));
        VBox splash = new VBox(16, new ProgressIndicator(), opening);
        splash.setAlignment(Pos.CENTER);
        stage.setScene(new Scene(splash, 520, 260));
        stage.show();

        tasks.run(() -> awaitStart(begun), result -> {
            started = result;
            Messages chosen = options.languageGiven() ? messages : Messages.forLanguageTag(result.language());
            desk = new DeskStage(stage, result.office(), tasks, longTasks, result.directory().path().toString());
            desk.show(chosen);
            if (!MainWindow.placeRestored(stage)) {
                stage.centerOnScreen();
            }
            StartupMarker.whenUsable(stage.getScene(), desk.current().deskModel().situation(), () -> behindTheDesk(result));
            // The window opens on the sign-in layer (the first start's form on a desk without users):
            // nothing is written from it until someone signs in.
            desk.current().signIn().open();
        }, failure -> refuse(stage, messages, failure));
    }

    /**
     * Work that waits until the desk is usable. The duty log's start check, from its last
     * checkpoint (a new one recorded when many entries came since). The daily backup, due at the
     * first start of a day and again after midnight while running, a little later still: on two
     * cores a whole-database backup would slow the first minute's work (loads, the first saves).
     */
    private void behindTheDesk(Startup.Started result) {
        longTasks.run(() -> result.office().stores().log().verifyAndCheckpoint(CHECKPOINT_EVERY), report -> {
            if (!report.intact()) {
                desk.current().deskModel().chainBroken(report.firstBadSeq());
            }
        }, failure -> AppLog.failure("the duty log's start check failed", failure));
        Runnable backupIfDue = () -> longTasks.run(() -> result.backups().backupIfDue(), done -> {
            if (done.map(check -> check.verified()).orElse(true)) {
                result.dayBackedUp();
            }
        }, failure -> {
            AppLog.failure("the day's backup failed", failure);
            desk.current().deskModel().backupFailed(failure);
        });
        Timeline daily = new Timeline(new KeyFrame(BACKUP_DELAY, e -> backupIfDue.run()),
                new KeyFrame(BACKUP_DELAY.add(Duration.hours(1))));
        daily.setCycleCount(Animation.INDEFINITE);
        daily.play();
    }

    /** The start begun before the toolkit; its failure as thrown, not wrapped. */
    private static Startup.Started awaitStart(CompletableFuture<Startup.Started> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Said in the desk when there is one (status line and notification), else in a dialog. */
    private void showUncaught(Stage stage, Messages messages, Throwable failure) {
        String where = AppLog.file().map(Object::toString).orElse("-");
        if (desk != null && desk.current() != null && desk.current().deskModel() != null) {
            desk.current().deskModel().uncaught(failure, where);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.format("desk.uncaught",
                Failures.describe(failure, messages), where), new ButtonType(messages.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
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
        Alert alert = new Alert(Alert.AlertType.ERROR, message, new ButtonType(messages.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
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
