package cn.shiguai.roaddesk.common.fx;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The one shape of a question before something that matters (issuing, recording a decision,
 * throwing typed input away, closing during a response): a header that says exactly what will
 * happen, two buttons named by what they do in the window's language (never the toolkit's
 * English OK/Cancel), Esc on the second; Enter on the first, except where the first loses
 * something, when Enter is the safe answer.
 */
public final class Confirm {
    private Confirm() {
    }

    /**
     * @param lossy whether "yes" loses something (typed input, a desk that raises alerts): then
     *              Enter means "no", and throwing away takes a deliberate choice of the button
     */
    public record Question(String id, String title, String header, String detail, String yes, String no,
                           boolean lossy) {
        public Question(String id, String title, String header, String detail, String yes, String no) {
            this(id, title, header, detail, yes, no, false);
        }
    }

    public static boolean ask(Question q, Window owner) {
        ButtonType yes = new ButtonType(q.yes(), q.lossy() ? ButtonBar.ButtonData.OTHER : ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(q.no(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, q.detail(), yes, no);
        if (q.lossy()) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        }
        alert.setTitle(q.title());
        alert.setHeaderText(q.header());
        alert.getDialogPane().setId(q.id());
        alert.getDialogPane().setPrefWidth(600);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
