package cn.shiguai.roaddesk.roster.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.i18n.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The roster screen's view. */
public final class RosterView {
    private final RosterViewModel model;
    private final Messages messages;

    @FXML private TableView<RosterRow> current;
    @FXML private TableColumn<RosterRow, String> positionColumn;
    @FXML private TableColumn<RosterRow, String> roleColumn;
    @FXML private TableColumn<RosterRow, String> personColumn;
    @FXML private TableColumn<RosterRow, String> sinceColumn;
    @FXML private Label changePosition;
    @FXML private TextField newHolder;
    @FXML private DatePicker newStart;
    @FXML private TextField newNote;
    @FXML private Button changeButton;
    @FXML private Label changeProblem;
    @FXML private TableView<RosterRow> history;
    @FXML private TableColumn<RosterRow, String> historyPersonColumn;
    @FXML private TableColumn<RosterRow, String> historySinceColumn;
    @FXML private TableColumn<RosterRow, String> historyUntilColumn;
    @FXML private TableColumn<RosterRow, String> historyNoteColumn;
    @FXML private TableView<RosterRow> dutyOfficers;
    @FXML private TableColumn<RosterRow, String> dutyPersonColumn;
    @FXML private TableColumn<RosterRow, String> dutySinceColumn;
    @FXML private TextField newDutyOfficer;
    @FXML private Button appointButton;
    @FXML private Button endButton;
    @FXML private Label status;
    @FXML private Label error;

    public RosterView(RosterViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Controls.textColumn(positionColumn, RosterRow::position);
        Controls.textColumn(roleColumn, r -> (r.director() ? "★ " : "") + r.role());
        Controls.textColumn(personColumn, RosterRow::person);
        Controls.textColumn(sinceColumn, RosterRow::since);
        current.setItems(model.current());
        current.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RosterRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("director");
                if (!empty && item != null && item.director()) {
                    getStyleClass().add("director");
                }
            }
        });
        current.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            model.selectedPosition().set(row == null ? null : row.positionKey());
            changePosition.setText(row == null ? messages.get("roster.choosePosition") : row.position());
            checkChange();
        });
        Controls.textColumn(historyPersonColumn, RosterRow::person);
        Controls.textColumn(historySinceColumn, RosterRow::since);
        Controls.textColumn(historyUntilColumn, RosterRow::until);
        Controls.textColumn(historyNoteColumn, RosterRow::note);
        history.setItems(model.history());
        Controls.textColumn(dutyPersonColumn, RosterRow::person);
        Controls.textColumn(dutySinceColumn, RosterRow::since);
        dutyOfficers.setItems(model.dutyOfficers());
        endButton.disableProperty().bind(dutyOfficers.getSelectionModel().selectedItemProperty().isNull());

        changePosition.setText(messages.get("roster.choosePosition"));
        cn.shiguai.roaddesk.common.fx.DatePickers.iso(newStart);
        newStart.setValue(model.today());
        newHolder.textProperty().addListener((o, a, b) -> checkChange());
        newStart.valueProperty().addListener((o, a, b) -> checkChange());
        newHolder.setOnAction(e -> change());
        newNote.setOnAction(e -> change());
        newDutyOfficer.setOnAction(e -> appoint());
        status.textProperty().bind(model.status());
        Controls.errorLine(error, model.error());
        checkChange();
        model.load();
    }

    @FXML
    private void change() {
        RosterRow row = current.getSelectionModel().getSelectedItem();
        if (row == null || !checkChange()) {
            return;
        }
        model.changeHolder(row.positionKey(), newHolder.getText().strip(), newStart.getValue(), newNote.getText(), () -> {
            newHolder.clear();
            newNote.clear();
            showProblem("");
        }, this::showProblem);
    }

    @FXML
    private void appoint() {
        String person = newDutyOfficer.getText();
        if (person == null || person.isBlank()) {
            return;
        }
        model.appointDutyOfficer(person.strip(), model.today(), newDutyOfficer::clear, this::showProblem);
    }

    @FXML
    private void endDuty() {
        RosterRow row = dutyOfficers.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.endDutyOfficer(row, () -> { }, this::showProblem);
        }
    }

    private boolean checkChange() {
        RosterRow row = current.getSelectionModel().getSelectedItem();
        String problem = row == null ? "" : model.problemWithChange(row.positionKey(), newHolder.getText(), newStart.getValue());
        boolean typed = newHolder.getText() != null && !newHolder.getText().isBlank();
        showProblem(typed ? problem : "");
        changeButton.setDisable(row == null || !problem.isEmpty());
        return row != null && problem.isEmpty();
    }

    private void showProblem(String problem) {
        changeProblem.setText(problem);
        changeProblem.setVisible(!problem.isEmpty());
        changeProblem.setManaged(!problem.isEmpty());
    }
}
