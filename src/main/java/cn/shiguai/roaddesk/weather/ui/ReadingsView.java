package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.fx.Validation;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.situation.ui.LevelPanel;
import cn.shiguai.roaddesk.situation.ui.LevelPanelModel;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/** The readings screen's view: binds the form to its view model and shows the level panel. */
public final class ReadingsView {
    private final ReadingsViewModel model;
    private final Messages messages;
    private final EvaluationText text;
    private final javafx.scene.Parent levelPanelRoot;
    private final LevelPanel levelPanel;
    private final Ticker ticker;
    private boolean submitAttempted;

    @FXML private GridPane form;
    @FXML private ComboBox<String> locationBox;
    @FXML private TextField time;
    @FXML private TextField snowDepth;
    @FXML private TextField airTemp;
    @FXML private ComboBox<Reported> roadIcing;
    @FXML private TextField iceThickness;
    @FXML private ComboBox<FreezingPhenomenon> phenomenon;
    @FXML private TextField accretion;
    @FXML private TextField dailyMean;
    @FXML private TextField cutHours;
    @FXML private TextField queueKm;
    @FXML private CheckBox interruptionLikely;
    @FXML private CheckBox neighbouring;
    @FXML private Label problems;
    @FXML private Button addButton;
    @FXML private Label status;
    @FXML private Label warning;
    @FXML private Label error;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private TableView<ReadingRow> table;
    @FXML private TableColumn<ReadingRow, String> remarkColumn;
    @FXML private TableColumn<TrafficRow, String> trafficRemarkColumn;
    @FXML private TableColumn<ReadingRow, String> timeColumn;
    @FXML private TableColumn<ReadingRow, String> locationColumn;
    @FXML private TableColumn<ReadingRow, String> snowColumn;
    @FXML private TableColumn<ReadingRow, String> iceColumn;
    @FXML private TableColumn<ReadingRow, String> icingColumn;
    @FXML private TableColumn<ReadingRow, String> phenomenonColumn;
    @FXML private TableColumn<ReadingRow, String> accretionColumn;
    @FXML private TableColumn<ReadingRow, String> airTempColumn;
    @FXML private TableColumn<ReadingRow, String> enteredByColumn;
    @FXML private StackPane levelPanelHolder;
    @FXML private TableView<TrafficRow> trafficTable;
    @FXML private TableColumn<TrafficRow, String> trafficTimeColumn;
    @FXML private TableColumn<TrafficRow, String> trafficRoadColumn;
    @FXML private TableColumn<TrafficRow, String> trafficCutColumn;
    @FXML private TableColumn<TrafficRow, String> trafficQueueColumn;
    @FXML private TableColumn<TrafficRow, String> trafficLikelyColumn;
    @FXML private Label staleRule;
    @FXML private TableView<LocationRow> locationTable;
    @FXML private TableColumn<LocationRow, String> locLocationColumn;
    @FXML private TableColumn<LocationRow, String> locTimeColumn;
    @FXML private TableColumn<LocationRow, String> locAgeColumn;
    @FXML private TableColumn<LocationRow, String> locSnowColumn;
    @FXML private TableColumn<LocationRow, String> locIceColumn;
    @FXML private TableColumn<LocationRow, String> locIcingColumn;
    @FXML private TableColumn<LocationRow, String> locPhenomenonColumn;
    @FXML private TableColumn<LocationRow, String> locAccretionColumn;
    @FXML private TableColumn<LocationRow, String> locAirTempColumn;
    @FXML private TableView<LocationRow> neighbourTable;
    @FXML private TableColumn<LocationRow, String> nbLocationColumn;
    @FXML private TableColumn<LocationRow, String> nbTimeColumn;
    @FXML private TableColumn<LocationRow, String> nbAgeColumn;
    @FXML private TableColumn<LocationRow, String> nbSnowColumn;
    @FXML private TableColumn<LocationRow, String> nbIceColumn;
    @FXML private TableColumn<LocationRow, String> nbAirTempColumn;
    @FXML private ComboBox<String> trendLocation;
    @FXML private StackPane trendHolder;
    @FXML private Label warningsInForce;
    private final cn.shiguai.roaddesk.warnings.ui.WarningsModel warnings;

    /** @param ticker the desk's clock: the ages of readings and the stale marks move with it */
    public ReadingsView(ReadingsViewModel model, Messages messages, EvaluationText text,
                        javafx.scene.Parent levelPanelRoot, LevelPanel levelPanel, Ticker ticker,
                        cn.shiguai.roaddesk.warnings.ui.WarningsModel warnings) {
        this.ticker = ticker;
        this.warnings = warnings;
        this.model = model;
        this.messages = messages;
        this.text = text;
        this.levelPanelRoot = levelPanelRoot;
        this.levelPanel = levelPanel;
    }

    @FXML
    private void initialize() {
        ReadingFormViewModel vm = model.form();
        Map<ReadingField, Control> controls = new EnumMap<>(ReadingField.class);
        controls.put(ReadingField.LOCATION, locationBox);
        controls.put(ReadingField.TIME, time);
        controls.put(ReadingField.SNOW_DEPTH, snowDepth);
        controls.put(ReadingField.AIR_TEMP, airTemp);
        controls.put(ReadingField.ICE_THICKNESS, iceThickness);
        controls.put(ReadingField.ACCRETION, accretion);
        controls.put(ReadingField.DAILY_MEAN, dailyMean);
        controls.put(ReadingField.CUT_HOURS, cutHours);
        controls.put(ReadingField.QUEUE_KM, queueKm);
        locationBox.getEditor().textProperty().bindBidirectional(vm.text(ReadingField.LOCATION));
        controls.forEach((field, control) -> {
            if (control instanceof TextField tf) {
                tf.textProperty().bindBidirectional(vm.text(field));
                if (field.isNumber()) {
                    tf.setPromptText(messages.format("form.range", fmt(field.bounds().min()), fmt(field.bounds().max()),
                            new Messages.Key("unit." + field.bounds().unit())));
                }
            }
        });
        Validation validation = new Validation();
        controls.forEach((field, control) -> validation.watch(control, vm.problem(field)));

        roadIcing.getItems().setAll(Reported.values());
        roadIcing.setConverter(Controls.names(roadIcing.getItems(), r -> messages.get("reported." + r.name())));
        roadIcing.valueProperty().bindBidirectional(vm.roadIcing());
        phenomenon.getItems().add(null);
        phenomenon.getItems().addAll(FreezingPhenomenon.values());
        phenomenon.setConverter(Controls.names(phenomenon.getItems(), messages.get("reported.NOT_REPORTED"),
                p -> messages.get("phenomenon." + p.name())));
        phenomenon.valueProperty().bindBidirectional(vm.phenomenon());
        interruptionLikely.selectedProperty().bindBidirectional(vm.interruptionLikely());

        vm.valid().addListener((o, a, b) -> showProblems());
        vm.formProblem().addListener((o, a, b) -> showProblems());
        controls.keySet().forEach(f -> vm.problem(f).addListener((o, a, b) -> showProblems()));
        // Enter saves from anywhere in the form, including the editable location box, which
        // would otherwise swallow it.
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !locationBox.isShowing() && !roadIcing.isShowing()
                    && !phenomenon.isShowing()) {
                e.consume();
                add();
            }
        });
        addButton.disableProperty().bind(model.busy());
        status.textProperty().bind(model.status());
        Controls.warningLine(warning, model.warning());
        Controls.following(time, vm.time(), messages);
        Controls.errorLine(error, model.error());

        Controls.textColumn(timeColumn, ReadingRow::time);
        Controls.textColumn(locationColumn, ReadingRow::location);
        Controls.textColumn(snowColumn, ReadingRow::snowDepth);
        Controls.textColumn(iceColumn, ReadingRow::iceThickness);
        Controls.textColumn(icingColumn, ReadingRow::roadIcing);
        Controls.textColumn(phenomenonColumn, ReadingRow::phenomenon);
        Controls.textColumn(accretionColumn, ReadingRow::accretion);
        Controls.textColumn(airTempColumn, ReadingRow::airTemp);
        Controls.textColumn(enteredByColumn, ReadingRow::enteredBy);
        Controls.textColumn(remarkColumn, ReadingRow::remark);
        Controls.textColumn(trafficRemarkColumn, TrafficRow::remark);
        ReadingTablesActions.install(table, trafficTable, model, messages);
        table.setItems(model.readings());
        model.locations().addListener((javafx.collections.ListChangeListener<LocationRow>) c -> rememberLocations());
        PointPrompts.install(locationBox, model, messages);
        if (model.points() != null) {
            tabs.getTabs().add(new javafx.scene.control.Tab(messages.get("tab.points"),
                    PointsPane.build(model.points(), messages)));
        }
        neighbouring.selectedProperty().bindBidirectional(vm.neighbouring());

        Controls.textColumn(trafficTimeColumn, TrafficRow::time);
        Controls.textColumn(trafficRoadColumn, TrafficRow::road);
        Controls.textColumn(trafficCutColumn, TrafficRow::cutHours);
        Controls.textColumn(trafficQueueColumn, TrafficRow::queueKm);
        Controls.textColumn(trafficLikelyColumn, TrafficRow::likely);
        trafficTable.setItems(model.traffic());

        locationColumns(locLocationColumn, locTimeColumn, locAgeColumn);
        Controls.textColumn(locSnowColumn, r -> r.value(ReadingRow::snowDepth));
        Controls.textColumn(locIceColumn, r -> r.value(ReadingRow::iceThickness));
        Controls.textColumn(locIcingColumn, r -> r.value(ReadingRow::roadIcing));
        Controls.textColumn(locPhenomenonColumn, r -> r.value(ReadingRow::phenomenon));
        Controls.textColumn(locAccretionColumn, r -> r.value(ReadingRow::accretion));
        Controls.textColumn(locAirTempColumn, r -> r.value(ReadingRow::airTemp));
        locationTable.setItems(model.locations());
        locationTable.setRowFactory(t -> new StaleRow());
        locationColumns(nbLocationColumn, nbTimeColumn, nbAgeColumn);
        Controls.textColumn(nbSnowColumn, r -> r.value(ReadingRow::snowDepth));
        Controls.textColumn(nbIceColumn, r -> r.value(ReadingRow::iceThickness));
        Controls.textColumn(nbAirTempColumn, r -> r.value(ReadingRow::airTemp));
        neighbourTable.setItems(model.neighbours());
        // Choosing a location in the live table shows its trend.
        locationTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && model.trendLocations().contains(row.location())) {
                model.trendLocation().set(row.location());
            }
        });

        // The threshold is the office's setting, changed on the settings screen for every desk session alike.
        staleRule.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("locations.staleRule", model.staleHours().get()), model.staleHours()));

        trendLocation.setItems(model.trendLocations());
        trendLocation.valueProperty().bindBidirectional(model.trendLocation());
        TrendCharts charts = new TrendCharts(messages, text.zone());
        trendHolder.getChildren().setAll(charts);
        model.trend().addListener((o, a, trend) -> {
            if (trend != null) {
                charts.show(trend);
            }
        });
        ticker.now().addListener((o, a, b) -> model.tick());

        levelPanelHolder.getChildren().setAll(levelPanelRoot);
        // Forecasts beside the readings, never in the level: one line per signal in force.
        warningsInForce.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> warnings.lines().isEmpty() ? messages.get("warnings.none") : String.join("\n", warnings.lines()),
                warnings.lines()));
        warningsInForce.getStyleClass().add("warnings-in-force");
        model.evaluation().addListener((o, a, e) -> {
            if (e != null) {
                levelPanel.show(LevelPanelModel.of(e, text));
            }
        });
        if (model.evaluation().get() != null) {
            levelPanel.show(LevelPanelModel.of(model.evaluation().get(), text));
        }
    }

    @FXML
    private void add() {
        submitAttempted = true;
        if (!model.add()) {
            showProblems();
        }
        locationBox.requestFocus();
    }

    @FXML
    private void correctMean() {
        CorrectionDialogs.mean(messages, form, model.today())
                .ifPresent(c -> model.corrections().correctMean(c.day(), c.valueC(), c.reason()));
    }

    @FXML
    private void now() {
        model.form().resetTime();
    }

    /** Problems are listed once the officer has tried to save, so an empty form is not shouted at. */
    private void showProblems() {
        ReadingFormViewModel vm = model.form();
        String listed = java.util.Arrays.stream(ReadingField.values())
                .filter(f -> !vm.problem(f).get().isEmpty())
                .filter(f -> submitAttempted || !vm.text(f).get().isBlank())
                .map(f -> messages.get("form.field." + f.name()) + "：" + vm.problem(f).get())
                .collect(Collectors.joining("\n"));
        if (submitAttempted && !vm.formProblem().get().isEmpty()) {
            listed = listed.isEmpty() ? vm.formProblem().get() : listed + "\n" + vm.formProblem().get();
        }
        problems.setText(listed);
        problems.setVisible(!listed.isEmpty());
        problems.setManaged(!listed.isEmpty());
        if (vm.valid().get()) {
            submitAttempted = false;
        }
    }

    private void locationColumns(TableColumn<LocationRow, String> location, TableColumn<LocationRow, String> time,
                                 TableColumn<LocationRow, String> age) {
        Controls.textColumn(location, LocationRow::location);
        Controls.textColumn(time, LocationRow::time);
        Controls.textColumn(age, r -> r.stale() ? "⚠ " + messages.get("locations.stale") + " " + r.age() : r.age());
    }

    /** A location that has gone quiet is marked in words and colour. */
    private static final class StaleRow extends javafx.scene.control.TableRow<LocationRow> {
        @Override
        protected void updateItem(LocationRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("stale");
            if (!empty && item != null && item.stale()) {
                getStyleClass().add("stale");
            }
        }
    }

    private void rememberLocations() {
        var known = java.util.stream.Stream.concat(model.locations().stream(), model.neighbours().stream())
                .map(LocationRow::location).distinct().sorted().toList();
        if (!known.equals(locationBox.getItems())) {
            String typed = locationBox.getEditor().getText();
            locationBox.getItems().setAll(known);
            locationBox.getEditor().setText(typed);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
