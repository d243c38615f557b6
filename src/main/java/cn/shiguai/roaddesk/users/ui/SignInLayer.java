package cn.shiguai.roaddesk.users.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The layer over the desk while nobody is signed in: the sign-in form, the handover question or
 * the first start's form, one at a time, on an opaque background so the desk's records are not
 * on show while the seat is locked. Thin: what each button does is {@link SignInModel}'s.
 * Enter in the last field submits, as in every form of the desk.
 */
public final class SignInLayer {
    private final SignInModel model;
    private final Messages messages;
    private final StackPane root = new StackPane();
    private final Label title = new Label();
    private final Label problem = new Label();
    private final VBox card = new VBox(12);
    private final TextField name = field("signInName");
    private final PasswordField password = secret("signInPassword");
    private final TextArea note = new TextArea();
    private final TextField adminName = field("adminName");
    private final PasswordField adminPassword = secret("adminPassword");
    private final PasswordField adminAgain = secret("adminPasswordAgain");
    private final TextField officerName = field("officerName");
    private final PasswordField officerPassword = secret("officerPassword");
    private final PasswordField officerAgain = secret("officerPasswordAgain");

    public SignInLayer(SignInModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("signInLayer");
        root.getStyleClass().add("sign-in-layer");
        title.setId("signInTitle");
        title.getStyleClass().add("sign-in-title");
        title.setWrapText(true);
        problem.setId("signInProblem");
        problem.getStyleClass().add("form-problems");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        title.textProperty().bind(model.title());
        card.getStyleClass().add("sign-in-card");
        card.setMaxWidth(520);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        note.setId("handoverNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(messages.get("settings.handoverNote.prompt"));
        // Tab leaves the note for the boxes to tick (found under Xvfb: the keyboard was stuck in it).
        cn.shiguai.roaddesk.common.fx.TextAreaKeys.tabLeaves(note);
        model.lastName().addListener((o, a, b) -> name.setText(b));
        root.visibleProperty().bind(model.mode().isNotEqualTo(SignInModel.Mode.NONE));
        model.mode().addListener((o, a, b) -> show(b));
        model.handoverItems().addListener((javafx.collections.ListChangeListener<String>) c -> rebuildItems.run());
        show(model.mode().get());
    }

    public StackPane root() {
        return root;
    }

    private void show(SignInModel.Mode mode) {
        password.clear();
        switch (mode) {
            case SIGN_IN -> {
                Button go = button("signInButton", "signIn.button", this::signIn);
                password.setOnKeyPressed(e -> enter(e.getCode(), this::signIn));
                name.setOnKeyPressed(e -> enter(e.getCode(), password::requestFocus));
                card.getChildren().setAll(title, grid(new Object[][] {{"signIn.name", name}, {"signIn.password", password}}),
                        problem, go);
                focus(name.getText().isBlank() ? name : password);
            }
            case HANDOVER -> {
                note.clear();
                Button confirm = button("handoverConfirm", "handover.confirm", this::confirmHandover);
                Button back = button("handoverCancel", "handover.cancel", model::cancelHandover);
                back.setDefaultButton(false);
                Label summary = new Label();
                summary.setId("handoverSummary");
                summary.setWrapText(true);
                summary.textProperty().bind(model.handoverSummary());
                card.getChildren().setAll(title, summary);
                if (!model.summaryWritten().get()) {
                    card.getChildren().add(note);
                }
                // A long list scrolls inside the card, so 确认交接 stays in view on a small screen.
                javafx.scene.control.ScrollPane items = new javafx.scene.control.ScrollPane(handoverItems(confirm));
                items.setFitToWidth(true);
                items.setMaxHeight(380);
                items.getStyleClass().add("handover-items");
                card.getChildren().addAll(items, problem, new HBox(12, confirm, back));
                focus(model.summaryWritten().get() && !ticks.isEmpty() ? ticks.get(0)
                        : model.summaryWritten().get() ? confirm : note);
            }
            case FIRST_START -> {
                Label intro = new Label(messages.get("firstStart.intro"));
                intro.setWrapText(true);
                Button begin = button("firstStartButton", "firstStart.button", this::beginDesk);
                officerAgain.setOnKeyPressed(e -> enter(e.getCode(), this::beginDesk));
                card.getChildren().setAll(title, intro, grid(new Object[][] {
                        {"firstStart.adminName", adminName}, {"firstStart.password", adminPassword},
                        {"firstStart.again", adminAgain}, {"firstStart.officerName", officerName},
                        {"firstStart.password", officerPassword}, {"firstStart.again", officerAgain}}), problem, begin);
                focus(adminName);
            }
            case NONE -> card.getChildren().clear();
        }
    }

    private final java.util.List<javafx.scene.control.CheckBox> ticks = new java.util.ArrayList<>();
    /** Rebuilds the boxes of the handover on show, when the model brings a new list. */
    private Runnable rebuildItems = () -> { };

    /**
     * One box to tick per open item, by Tab and Space as well as the mouse; 确认交接 waits for
     * every tick. The list is rebuilt when the model brings a new one (items changed meanwhile).
     */
    private VBox handoverItems(Button confirm) {
        VBox box = new VBox(6);
        box.setId("handoverItems");
        Runnable build = () -> {
            ticks.clear();
            Label heading = new Label(model.handoverItems().isEmpty() ? messages.get("handover.noItems")
                    : messages.format("handover.itemsTitle", model.handoverItems().size()));
            heading.getStyleClass().add("section-title");
            box.getChildren().setAll(heading);
            for (int i = 0; i < model.handoverItems().size(); i++) {
                javafx.scene.control.CheckBox tick = new javafx.scene.control.CheckBox(model.handoverItems().get(i));
                tick.setId("handoverItem" + i);
                tick.setWrapText(true);
                // Enter on a ticked box confirms, as Enter does in every form; it never unticks the box.
                tick.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        e.consume();
                        if (!confirm.isDisabled()) {
                            confirm.fire();
                        }
                    }
                });
                ticks.add(tick);
                box.getChildren().add(tick);
            }
            javafx.beans.binding.BooleanBinding allTicked = javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> ticks.stream().allMatch(javafx.scene.control.CheckBox::isSelected),
                    ticks.stream().map(javafx.scene.control.CheckBox::selectedProperty)
                            .toArray(javafx.beans.Observable[]::new));
            confirm.disableProperty().unbind();
            confirm.disableProperty().bind(model.working().or(allTicked.not()));
        };
        rebuildItems = build;
        build.run();
        return box;
    }

    private void confirmHandover() {
        java.util.List<String> ticked = new java.util.ArrayList<>();
        for (int i = 0; i < ticks.size(); i++) {
            if (ticks.get(i).isSelected()) {
                ticked.add(model.handoverItems().get(i));
            }
        }
        model.confirmHandover(note.getText(), ticked);
    }

    private void signIn() {
        model.signIn(name.getText(), password.getText().toCharArray());
        password.clear();
    }

    private void beginDesk() {
        model.beginDesk(adminName.getText(), adminPassword.getText().toCharArray(), adminAgain.getText().toCharArray(),
                officerName.getText(), officerPassword.getText().toCharArray(), officerAgain.getText().toCharArray());
    }

    private Button button(String id, String textKey, Runnable action) {
        Button b = new Button(messages.get(textKey));
        b.setId(id);
        b.setDefaultButton(true);
        b.disableProperty().bind(model.working());
        b.setOnAction(e -> action.run());
        return b;
    }

    private GridPane grid(Object[][] rows) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        for (int i = 0; i < rows.length; i++) {
            Label label = new Label(messages.get((String) rows[i][0]));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.setLabelFor((Node) rows[i][1]);
            grid.addRow(i, label, (Node) rows[i][1]);
        }
        return grid;
    }

    private static void enter(KeyCode code, Runnable action) {
        if (code == KeyCode.ENTER) {
            action.run();
        }
    }

    private static void focus(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        // Inside a scroll pane a node joins the scene only once the pane's skin exists.
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene before, javafx.scene.Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(18);
        return f;
    }

    private static PasswordField secret(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(18);
        return f;
    }
}
