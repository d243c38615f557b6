package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The dialogs that put a kept record right: 更正 with the stored values filled in, and 撤回 with
 * the reason only. They write nothing themselves; the screen writes what they return.
 */
final class CorrectionDialogs {

    private CorrectionDialogs() {
    }

    static Optional<RecordCorrectionForm> correct(RecordCorrectionForm form, Messages messages, Node owner,
                                                  String title) {
        ReadingFormViewModel f = form.fields();
        GridPane grid = grid();
        List<Observable> watched = new ArrayList<>();
        List<ReadingField> shown = form.kind() == RecordCorrectionForm.Kind.READING
                ? List.of(ReadingField.LOCATION, ReadingField.TIME, ReadingField.SNOW_DEPTH, ReadingField.AIR_TEMP,
                        ReadingField.ICE_THICKNESS, ReadingField.ACCRETION)
                : List.of(ReadingField.LOCATION, ReadingField.TIME, ReadingField.CUT_HOURS, ReadingField.QUEUE_KM);
        int row = 0;
        TextField first = null;
        for (ReadingField field : shown) {
            TextField text = new TextField();
            first = first == null ? text : first;
            text.setId("correction-" + field.name());
            text.textProperty().bindBidirectional(f.text(field));
            grid.addRow(row++, new Label(messages.get(form.kind() == RecordCorrectionForm.Kind.TRAFFIC
                    && field == ReadingField.LOCATION ? "traffic.col.road" : "form.field." + field.name())), text);
            watched.add(f.text(field));
        }
        if (form.kind() == RecordCorrectionForm.Kind.READING) {
            ComboBox<Reported> icing = new ComboBox<>();
            icing.getItems().setAll(Reported.values());
            icing.setConverter(Controls.names(icing.getItems(), r -> messages.get("reported." + r.name())));
            icing.valueProperty().bindBidirectional(f.roadIcing());
            ComboBox<FreezingPhenomenon> phenomenon = new ComboBox<>();
            phenomenon.getItems().add(null);
            phenomenon.getItems().addAll(FreezingPhenomenon.values());
            phenomenon.setConverter(Controls.names(phenomenon.getItems(), messages.get("reported.NOT_REPORTED"),
                    p -> messages.get("phenomenon." + p.name())));
            phenomenon.valueProperty().bindBidirectional(f.phenomenon());
            grid.addRow(row++, new Label(messages.get("readings.col.icing")), icing);
            grid.addRow(row++, new Label(messages.get("readings.col.phenomenon")), phenomenon);
            watched.add(f.roadIcing());
            watched.add(f.phenomenon());
        } else {
            CheckBox likely = new CheckBox(messages.get("form.interruptionLikely"));
            likely.selectedProperty().bindBidirectional(f.interruptionLikely());
            grid.add(likely, 1, row++);
            watched.add(f.interruptionLikely());
        }
        TextField reason = reasonField(form.reason().get());
        reason.textProperty().bindBidirectional(form.reason());
        grid.addRow(row, new Label(messages.get("correction.reason")), reason);
        watched.add(form.reason());
        StringBinding problem = Bindings.createStringBinding(form::problem, watched.toArray(Observable[]::new));
        return show(messages, owner, title, messages.get("readings.correct.header"), grid, problem,
                messages.get("readings.correct.save"), first).map(ok -> form);
    }

    /** A day's entered mean as it should be: a value, or blank to withdraw it, and the reason. */
    record MeanCorrection(java.time.LocalDate day, Double valueC, String reason) { }

    static Optional<MeanCorrection> mean(Messages messages, Node owner, java.time.LocalDate today) {
        TextField day = new TextField(today.toString());
        day.setId("meanDay");
        TextField value = new TextField();
        value.setId("meanValue");
        TextField reason = reasonField("");
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("mean.correct.day")), day);
        grid.addRow(1, new Label(messages.get("mean.correct.value")), value);
        grid.addRow(2, new Label(messages.get("correction.reason")), reason);
        StringBinding problem = Bindings.createStringBinding(() -> {
            if (parseDay(day.getText()) == null) {
                return messages.get("mean.problem.day");
            }
            if (!cn.shiguai.roaddesk.common.text.LenientNumbers.isBlank(value.getText()) && meanOf(value.getText()) == null) {
                return messages.get("mean.problem.value");
            }
            return reason.getText().isBlank() ? messages.get("correction.problem.reason") : "";
        }, day.textProperty(), value.textProperty(), reason.textProperty());
        return show(messages, owner, messages.get("mean.correct.title"), null, grid, problem,
                messages.get("readings.correct.save"), value)
                .map(ok -> new MeanCorrection(parseDay(day.getText()), meanOf(value.getText()), reason.getText().strip()));
    }

    private static java.time.LocalDate parseDay(String text) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Double meanOf(String text) {
        var parsed = cn.shiguai.roaddesk.common.text.LenientNumbers.parse(text);
        return parsed.isPresent() && cn.shiguai.roaddesk.rules.InputBounds.DAILY_MEAN_TEMP_C.accepts(parsed.getAsDouble())
                ? parsed.getAsDouble() : null;
    }

    /** 撤回: the reason, which is required. */
    static Optional<String> reason(Messages messages, Node owner, String title, String what) {
        TextField reason = reasonField("");
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("correction.reason")), reason);
        StringBinding problem = Bindings.createStringBinding(() -> reason.getText().isBlank()
                ? messages.get("correction.problem.reason") : "", reason.textProperty());
        return show(messages, owner, title, messages.format("readings.withdraw.header", what), grid, problem,
                messages.get("readings.withdraw.save"), reason).map(ok -> reason.getText().strip());
    }

    static Optional<Boolean> show(Messages messages, Node owner, String title, String header, Node content,
                                  StringBinding problem, String saveText, Node first) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        Label problems = new Label();
        problems.getStyleClass().add("form-problems");
        problems.setWrapText(true);
        Controls.errorLine(problems, problem);
        dialog.getDialogPane().setContent(new VBox(8, content, problems));
        dialog.getDialogPane().getStylesheets().add(
                CorrectionDialogs.class.getResource("/css/roaddesk.css").toExternalForm());
        ButtonType save = new ButtonType(saveText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(problem.isNotEmpty());
        dialog.setResultConverter(b -> b == save ? Boolean.TRUE : null);
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setOnShown(e -> first.requestFocus());
        return dialog.showAndWait();
    }

    private static TextField reasonField(String text) {
        TextField reason = new TextField(text);
        reason.setId("correctionReason");
        reason.setPrefColumnCount(30);
        return reason;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }
}
