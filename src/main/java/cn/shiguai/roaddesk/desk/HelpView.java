package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.log.AppLog;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The help screen: every shortcut of the desk, and how RoadDesk reads the plan (domain §3), so
 * the reading is never hidden from the people who act on it.
 */
public final class HelpView {
    /** Readings of the plan listed in the bundle as help.reading.1 … help.reading.N. */
    static final int READINGS = 11;

    private final Messages messages;
    private final String dataDirectory;

    @FXML private GridPane shortcuts;
    @FXML private VBox reading;
    @FXML private Label dataDir;

    public HelpView(Messages messages, String dataDirectory) {
        this.messages = messages;
        this.dataDirectory = dataDirectory;
    }

    /** Every shortcut of the desk, screens first. */
    public static List<Shortcut> all(Messages messages) {
        List<Shortcut> list = new ArrayList<>();
        for (Screen s : Screen.values()) {
            list.add(new Shortcut(s.shortcut().getDisplayText(), "help.action.screen", messages.get(s.textKey())));
        }
        for (DeskKey k : DeskKey.values()) {
            list.add(new Shortcut(k.keys().getDisplayText(), k.helpKey()));
        }
        list.add(new Shortcut(messages.get("help.key.enter"), "help.action.enter"));
        // The forms' grammar is one table too, installed by FormKeys on every form dialog.
        for (String key : cn.shiguai.roaddesk.common.fx.FormKeys.HELP) {
            list.add(new Shortcut(messages.get(key + ".keys"), key));
        }
        list.add(new Shortcut("1 – 4", "help.action.status"));
        return list;
    }

    @FXML
    private void initialize() {
        shortcuts.addRow(0, header("help.col.keys"), header("help.col.action"));
        int row = 1;
        for (Shortcut s : all(messages)) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("keys");
            shortcuts.addRow(row++, keys, new Label(messages.format(s.actionKey(), s.args())));
        }
        for (int i = 1; i <= READINGS; i++) {
            Label l = new Label(i + ". " + messages.get("help.reading." + i));
            l.setWrapText(true);
            reading.getChildren().add(l);
        }
        String logFile = AppLog.file().map(Object::toString).orElse(messages.get("help.noLogFile"));
        dataDir.setText(messages.format("help.dataDir", dataDirectory) + "\n" + messages.format("help.logFile", logFile));
    }

    private Label header(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }
}
