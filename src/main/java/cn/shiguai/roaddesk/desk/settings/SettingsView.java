package cn.shiguai.roaddesk.desk.settings;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.settings.DeskSettings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;

/** The settings screen's view. */
public final class SettingsView {
    private final SettingsViewModel model;
    private final Messages messages;

    @FXML private Label currentOfficer;
    @FXML private Label openItems;
    @FXML private TextField shiftSummary;
    @FXML private Spinner<Integer> lockMinutes;
    @FXML private Button handOverButton;
    @FXML private ChoiceBox<String> language;
    @FXML private Spinner<Integer> staleHours;
    @FXML private Spinner<Integer> measureWait;
    @FXML private TextField dailyReportBy;
    @FXML private Spinner<Integer> superiorsEvery;
    @FXML private CheckBox alertSound;
    @FXML private Spinner<Integer> alertRepeat;
    @FXML private TextField fontPath;
    @FXML private Label fontStatus;
    @FXML private Label store;
    @FXML private Label webSources;
    @FXML private Label status;
    @FXML private Label error;

    public SettingsView(SettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        currentOfficer.textProperty().bind(model.currentOfficer());
        openItems.textProperty().bind(model.openItems());
        // The screen is kept while another is open: what is open is read again each time it is shown.
        openItems.sceneProperty().addListener((o, before, now) -> {
            if (now != null && before == null) {
                model.refreshOpenItems();
            }
        });
        shiftSummary.textProperty().bindBidirectional(model.handoverNote());
        shiftSummary.setOnAction(e -> handOver());
        language.getItems().setAll("zh", "en");
        language.setConverter(Controls.names(language.getItems(), tag -> messages.get("settings.language." + tag)));
        language.valueProperty().bindBidirectional(model.language());
        number(staleHours, DeskSettings.Range.STALE, model.staleHours());
        number(measureWait, DeskSettings.Range.MEASURE_WAIT, model.measureWait());
        number(superiorsEvery, DeskSettings.Range.SUPERIORS_EVERY, model.superiorsEvery());
        number(alertRepeat, DeskSettings.Range.ALERT_REPEAT, model.alertRepeat());
        number(lockMinutes, DeskSettings.Range.LOCK, model.lockMinutes());
        dailyReportBy.textProperty().bindBidirectional(model.dailyReportBy());
        alertSound.selectedProperty().bindBidirectional(model.alertSound());
        fontPath.textProperty().bindBidirectional(model.fontPath());
        fontStatus.textProperty().bind(model.fontStatus());
        store.textProperty().bind(model.store());
        webSources.textProperty().bind(model.webSources());
        status.textProperty().bind(model.status());
        Controls.errorLine(error, model.error());
        model.load();
    }

    @FXML
    private void handOver() {
        model.handOver();
    }

    @FXML
    private void applyLanguage() {
        model.applyLanguage();
    }

    @FXML
    private void saveStaleHours() {
        model.saveStaleHours();
    }

    @FXML
    private void saveBoard() {
        model.saveBoard();
    }

    /** A spinner for a number setting within its range, following the model both ways. */
    private static void number(Spinner<Integer> spinner, DeskSettings.Range range,
                               javafx.beans.property.IntegerProperty value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                range.min, range.max, range.defaultValue);
        spinner.setValueFactory(factory);
        value.addListener((o, a, b) -> factory.setValue(b.intValue()));
        factory.valueProperty().addListener((o, a, b) -> value.set(b));
    }

    @FXML
    private void saveFont() {
        model.saveFont();
    }
}
