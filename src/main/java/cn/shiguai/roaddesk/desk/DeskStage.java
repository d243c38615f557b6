package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.board.Alerts;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import javafx.stage.Stage;

/**
 * The window and the desk it shows. Choosing another language in the settings builds a new desk
 * in that language in the same window, at the same size and place; the old desk is closed first,
 * so none of its screens listens to changes or ticks any more.
 */
public final class DeskStage implements AutoCloseable {
    private final Stage stage;
    private final Office office;
    private final TaskRunner tasks;
    private final TaskRunner longTasks;
    private final String dataDirectory;
    private final Alerts alerts = new Alerts();
    private DeskContext current;

    public DeskStage(Stage stage, Office office, TaskRunner tasks, TaskRunner longTasks, String dataDirectory) {
        this.stage = stage;
        this.office = office;
        this.tasks = tasks;
        this.longTasks = longTasks;
        this.dataDirectory = dataDirectory;
    }

    /** Shows the desk in a language, replacing the one shown. On the FX thread. */
    public DeskContext show(Messages messages) {
        close();
        DeskContext next = new DeskContext(office, messages, tasks, longTasks, dataDirectory, alerts);
        next.onLanguageSwitch(tag -> show(Messages.forLanguageTag(tag)));
        MainWindow.show(stage, next);
        current = next;
        return next;
    }

    /** The desk shown now, or null before the first. */
    public DeskContext current() {
        return current;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
