package cn.shiguai.roaddesk.measures.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.fx.FormKeys;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * One dialog, keyboard only: the status (keys 1–4 choose it), who reported, when, a note;
 * Enter saves (Shift+Enter is a new line in the note), Ctrl+Enter saves from anywhere, 保存并下一项
 * goes on to the next measure, Esc cancels and asks first if something was typed. If saving
 * fails, the dialog stays with what was typed.
 */
public final class MeasureUpdateDialog {
    private final MeasureUpdateViewModel model;
    private final MeasuresViewModel screen;
    private final Messages messages;
    private final Ticker ticker;
    private Runnable next;

    /** After a save by 保存并下一项, {@code next} opens the following measure's dialog. */
    public MeasureUpdateDialog thenNext(Runnable next) {
        this.next = next;
        return this;
    }

    /** @param ticker the desk's clock: an untouched report time follows it while the dialog is open */
    public MeasureUpdateDialog(MeasureUpdateViewModel model, MeasuresViewModel screen, Messages messages,
                               Ticker ticker) {
        this.model = model;
        this.screen = screen;
        this.messages = messages;
        this.ticker = ticker;
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("measures.update.title"));
        dialog.setHeaderText(messages.format("measures.update.header", model.item().itemId(), model.item().title(),
                model.item().positionTitle(), messages.get(model.item().status().labelKey())));
        dialog.getDialogPane().getStylesheets().add(MeasureUpdateDialog.class.getResource("/css/roaddesk.css").toExternalForm());
        dialog.getDialogPane().setPrefWidth(620);

        ComboBox<MeasureStatus> status = new ComboBox<>();
        status.setId("updateStatus");
        status.getItems().setAll(MeasureStatus.reportable());
        status.setConverter(Controls.names(status.getItems(),
                s -> (s.ordinal() + 1) + "  " + MeasuresView.mark(s) + " " + messages.get(s.labelKey())));
        status.valueProperty().bindBidirectional(model.status());
        TextField reportedBy = new TextField();
        reportedBy.setId("updateReportedBy");
        reportedBy.textProperty().bindBidirectional(model.reportedBy());
        TextField reportedAt = new TextField();
        reportedAt.setId("updateReportedAt");
        reportedAt.textProperty().bindBidirectional(model.reportedAt());
        Controls.following(reportedAt, model.reportedTime(), messages);
        javafx.beans.value.ChangeListener<java.time.Instant> follow = (o, a, b) -> model.tick();
        ticker.now().addListener(follow);
        dialog.setOnHidden(e -> ticker.now().removeListener(follow));
        Label warning = new Label();
        warning.getStyleClass().add("form-warning");
        warning.setWrapText(true);
        Controls.warningLine(warning, model.warning());
        TextArea note = new TextArea();
        note.setId("updateNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.note());
        Label problem = new Label();
        problem.getStyleClass().add("form-problems");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label failure = new Label();
        failure.getStyleClass().add("error-banner");
        failure.setWrapText(true);
        failure.setVisible(false);
        failure.setManaged(false);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("measures.update.status"), status);
        grid.addRow(1, label("measures.update.reportedBy"), reportedBy);
        grid.addRow(2, label("measures.update.reportedAt"), reportedAt);
        grid.addRow(3, label("measures.update.note"), note);
        Label text = new Label(model.item().text());
        text.setWrapText(true);
        text.getStyleClass().add("quote-detail");
        dialog.getDialogPane().setContent(new VBox(10, text, grid, problem, warning, failure));

        ButtonType save = new ButtonType(messages.get("measures.update.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = FormKeys.cancel(messages);
        ButtonType saveNext = new ButtonType(messages.get("measures.update.saveNext"), ButtonBar.ButtonData.OTHER);
        if (next != null) {
            dialog.getDialogPane().getButtonTypes().setAll(save, saveNext, cancel);
        } else {
            dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        }
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveUpdate");
        saveButton.disableProperty().bind(model.valid().not());
        java.util.function.Consumer<Runnable> saving = after -> screen.save(model, () -> {
            dialog.setResult(save);
            dialog.close();
            after.run();
        }, message -> {
            failure.setText(message);
            failure.setVisible(true);
            failure.setManaged(true);
        });
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            saving.accept(() -> { });
        });
        if (next != null) {
            Button nextButton = (Button) dialog.getDialogPane().lookupButton(saveNext);
            nextButton.setId("saveUpdateNext");
            nextButton.disableProperty().bind(model.valid().not());
            nextButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                saving.accept(next);
            });
        }
        // Digits choose the status from anywhere but the text fields: one key, then Enter.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextField || e.getTarget() instanceof TextArea) {
                return;
            }
            int choice = switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> 0;
                case DIGIT2, NUMPAD2 -> 1;
                case DIGIT3, NUMPAD3 -> 2;
                case DIGIT4, NUMPAD4 -> 3;
                default -> -1;
            };
            if (choice >= 0) {
                model.status().set(MeasureStatus.reportable().get(choice));
                e.consume();
            }
        });
        FormKeys.install(dialog, save, cancel, status, model::typed, messages);
        dialog.show();
    }

    /** A field's caption never cut to "状态…": on a narrow window the field gives way, not the caption. */
    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
