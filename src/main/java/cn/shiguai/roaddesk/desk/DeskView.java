package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.situation.ui.LevelPanelModel;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import cn.shiguai.roaddesk.board.ui.AlertTone;
import cn.shiguai.roaddesk.board.ui.AlertsViewModel;
import cn.shiguai.roaddesk.board.ui.BoardViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The frame around the screens: header, navigation, status bar, shortcuts. */
public final class DeskView {
    private final DeskViewModel model;
    private final Messages messages;
    private final EvaluationText text;
    private final Map<Screen, Supplier<Parent>> screenFactories;
    private final Map<Screen, Parent> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private final Ticker ticker;
    private final BoardViewModel board;
    private final AlertsViewModel alerts;
    private final Timeline flashing = new Timeline();
    private AlertPopup popup;
    private java.util.function.Predicate<cn.shiguai.roaddesk.access.Permission> may = permission -> true;

    @FXML private HBox alertBand;
    @FXML private Label alertText;
    @FXML private Button muteAlerts;
    @FXML private HBox header;
    @FXML private VBox titleBox;
    @FXML private Button boardCounts;
    @FXML private Label ruleSet;
    @FXML private Label activeBadge;
    @FXML private Label activeText;
    @FXML private Label recommendedBadge;
    @FXML private Label recommendedText;
    @FXML private Label differs;
    @FXML private Label upperText;
    @FXML private Label warningsBadge;
    @FXML private Label user;
    @FXML private Label clockText;
    @FXML private VBox nav;
    @FXML private StackPane content;
    @FXML private VBox layer;
    @FXML private Label status;
    @FXML private Label storeStatus;

    public DeskView(DeskViewModel model, Messages messages, EvaluationText text,
                    Map<Screen, Supplier<Parent>> screenFactories, Ticker ticker, BoardViewModel board,
                    AlertsViewModel alerts) {
        this.model = model;
        this.messages = messages;
        this.text = text;
        this.screenFactories = screenFactories;
        this.ticker = ticker;
        this.board = board;
        this.alerts = alerts;
    }

    @FXML
    private void initialize() {
        ruleSet.setText(messages.format("app.ruleSet", text.ruleSetName(), text.planTitle()));
        upperText.textProperty().bind(model.upper());
        upperText.visibleProperty().bind(model.upper().isNotEmpty());
        upperText.managedProperty().bind(upperText.visibleProperty());
        warningsBadge.textProperty().bind(model.warnings());
        warningsBadge.visibleProperty().bind(model.warnings().isNotEmpty());
        warningsBadge.managedProperty().bind(warningsBadge.visibleProperty());
        javafx.scene.control.Tooltip warningsTip = new javafx.scene.control.Tooltip();
        warningsTip.textProperty().bind(model.warningsDetail());
        warningsBadge.setTooltip(warningsTip);
        ToggleGroup group = new ToggleGroup();
        for (Screen s : Screen.values()) {
            ToggleButton b = new ToggleButton(messages.get(s.textKey()) + "\n" + s.shortcut().getDisplayText());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            // Not in the Tab order, and Space cannot press it: after Ctrl+1 the keys belong to the
            // screen just opened, not to the navigation (found in the first-hour walkthrough).
            b.setFocusTraversable(false);
            b.getStyleClass().add("nav-button");
            b.setId("nav-" + s.name());
            b.setOnAction(e -> model.screen().set(s));
            buttons.put(s, b);
            nav.getChildren().add(b);
        }
        // A toggle group lets the selected button be clicked off; the desk always shows a screen.
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        model.screen().addListener((o, a, s) -> open(s));
        open(model.screen().get());

        model.situation().addListener((o, a, s) -> showSituation(s));
        if (model.situation().get() != null) {
            showSituation(model.situation().get());
        }
        model.error().addListener((o, a, e) -> status.setText(e));
        storeStatus.textProperty().bind(model.store());
        model.storeLost().addListener((o, a, lost) -> storeStatus.pseudoClassStateChanged(LOST, lost));
        model.setNotifier(this::notifyOfficer);
        ticker.now().addListener((o, a, b) -> showClock());
        showClock();
        showAlerts();
        header.widthProperty().addListener((o, a, w) -> compact(w.doubleValue() < COMPACT_BELOW));
        compact(false);
    }

    private static final javafx.css.PseudoClass LOST = javafx.css.PseudoClass.getPseudoClass("lost");

    /** Below this width the header drops the rule set's line and words the counts short. */
    static final double COMPACT_BELOW = 1300;

    private boolean compact;

    /**
     * The header at 1024 pixels: the officer, the clock, both levels and the counts must all
     * stay, so what can go (the rule set, the longer texts) goes first.
     */
    private void compact(boolean on) {
        compact = on;
        ruleSet.setVisible(!on);
        ruleSet.setManaged(!on);
        titleBox.setVisible(!on);
        titleBox.setManaged(!on);
        activeText.setMaxWidth(on ? 200 : 330);
        boardCounts.textProperty().unbind();
        boardCounts.textProperty().bind(on ? board.compactCounts() : board.counts());
        boardCounts.setTooltip(new javafx.scene.control.Tooltip());
        boardCounts.getTooltip().textProperty().bind(board.counts());
    }

    boolean isCompact() {
        return compact;
    }

    private void showAlerts() {
        flashing.getKeyFrames().setAll(
                new KeyFrame(Duration.millis(0), e -> alertBand.getStyleClass().add("alert-band-on")),
                new KeyFrame(Duration.millis(600), e -> alertBand.getStyleClass().remove("alert-band-on")),
                new KeyFrame(Duration.millis(1200)));
        flashing.setCycleCount(Animation.INDEFINITE);
        popup = new AlertPopup(messages, alerts::acknowledge, layer);
        alertText.textProperty().bind(alerts.band());
        muteAlerts.textProperty().bind(alerts.muted().map(m -> messages.get(m ? "alert.unmute" : "alert.mute")));
        Runnable band = () -> {
            boolean open = alerts.open().get() > 0;
            alertBand.setVisible(open);
            alertBand.setManaged(open);
            if (open) {
                flashing.play();
            } else {
                flashing.stop();
                alertBand.getStyleClass().remove("alert-band-on");
                popup.alertsGone();
            }
            titleShowsAlerts(alerts.open().get());
        };
        alerts.open().addListener((o, a, b) -> band.run());
        alerts.error().addListener((o, a, e) -> status.setText(e));
        band.run();
        alerts.onShow(this::alert);
    }

    /** A notification, the tone unless muted, and the window brought to attention if it is minimised. */
    private void alert(AlertsViewModel.Shown shown) {
        status.setText(String.join("；", shown.texts()));
        popup.show(String.join("\n", shown.texts()));
        if (shown.sound()) {
            AlertTone.play();
        }
        if (content.getScene() != null && content.getScene().getWindow() instanceof Stage stage && stage.isIconified()) {
            // Restoring and raising asks the window manager for the window: where it may not
            // take the focus, it marks the task bar entry as wanting attention instead.
            stage.setIconified(false);
            stage.toFront();
        }
    }

    /** The task bar shows the window's title: it carries the count while alerts wait. */
    private void titleShowsAlerts(int open) {
        if (content.getScene() != null && content.getScene().getWindow() instanceof Stage stage) {
            String title = messages.get("app.title");
            stage.setTitle(open == 0 ? title : messages.format("alert.title.prefix", open, title));
        }
    }

    /** The desk is closing: nothing of it stays on screen or keeps flashing. */
    void close() {
        Runnable end = () -> {
            flashing.stop();
            popup.hide();
        };
        // Tests and the application's stop may close the desk from another thread.
        if (javafx.application.Platform.isFxApplicationThread()) {
            end.run();
        } else {
            javafx.application.Platform.runLater(end);
        }
    }

    @FXML
    private void acknowledgeAlerts() {
        alerts.acknowledge();
    }

    @FXML
    private void toggleMute() {
        alerts.toggleMute();
    }

    @FXML
    private void openBoard() {
        model.screen().set(Screen.BOARD);
    }

    /** Shortcuts work from anywhere in the window. */
    /** @param locked whether the sign-in layer covers the desk: no screen key acts then */
    public void installShortcuts(Scene scene, java.util.function.BooleanSupplier locked) {
        for (Screen s : Screen.values()) {
            scene.getAccelerators().put(s.shortcut(), () -> model.screen().set(s));
        }
        // A screen's own shortcuts (Ctrl+N, Ctrl+S on the documents screen) are filters on its
        // root, which see keys only while the focus is inside it. With the focus in the header or
        // the navigation, a Ctrl key goes to the open screen first, as if pressed there.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || content.getChildren().isEmpty() || locked.getAsBoolean()) {
                return;
            }
            javafx.scene.Node screen = content.getChildren().get(0);
            if (e.getTarget() == screen || scene.getAccelerators().keySet().stream().anyMatch(k -> k.match(e))) {
                // The copy sent below, passing the scene on its way; or a key of the window's own,
                // which the copy would run a second time.
                return;
            }
            if (within(scene.getFocusOwner(), screen)) {
                return;
            }
            // The original goes on to the focused control, which takes no Ctrl key a screen takes.
            javafx.event.Event.fireEvent(screen, e.copyFor(screen, screen));
        });
    }

    /**
     * Ctrl+T: the focus to the open screen's main table — the first table in reading order that
     * is showing — with its first row selected if none is, so arrows and Enter work at once.
     */
    public void focusMainTable() {
        if (content.getChildren().isEmpty()) {
            return;
        }
        javafx.scene.Node screen = content.getChildren().get(0);
        // lookupAll takes one selector, not a group: tables, then tree tables, each in reading order.
        java.util.stream.Stream.concat(screen.lookupAll(".table-view").stream(),
                        screen.lookupAll(".tree-table-view").stream())
                .filter(DeskView::showing)
                .findFirst().ifPresent(n -> {
                    n.requestFocus();
                    if (n instanceof javafx.scene.control.TableView<?> t && t.getSelectionModel().isEmpty()
                            && !t.getItems().isEmpty()) {
                        t.getSelectionModel().selectFirst();
                    } else if (n instanceof javafx.scene.control.TreeTableView<?> t && t.getSelectionModel().isEmpty()) {
                        t.getSelectionModel().selectFirst();
                    }
                });
    }

    /** Whether {@code node} is {@code ancestor} or inside it (a null node is nowhere). */
    static boolean within(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Visible with all its parents: a table on a tab not chosen is not the main table. */
    private static boolean showing(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /**
     * The window shows only what the signed-in role may do: asked again of every screen built so
     * far, and of each screen as it opens, whenever someone signs in.
     */
    public void showOnlyWhat(java.util.function.Predicate<cn.shiguai.roaddesk.access.Permission> allowed) {
        this.may = allowed;
        screens.values().forEach(screen -> ShownForRole.apply(screen, may));
        showSituation(model.situation().get());
    }

    private void open(Screen s) {
        Parent screen = screens.computeIfAbsent(s, k -> screenFactories.get(k).get());
        content.getChildren().setAll(screen);
        ShownForRole.apply(screen, may);
        buttons.get(s).setSelected(true);
        status.setText("");
        // The keys go to the screen just opened: its first field where it is a form to type in,
        // else its main table, unless the officer is already in it.
        javafx.application.Platform.runLater(() -> {
            if (screen.getScene() != null && within(screen.getScene().getFocusOwner(), screen)) {
                return;
            }
            javafx.scene.Node first = screen.lookup(".first-field");
            if (first != null && showing(first)) {
                first.requestFocus();
            } else {
                focusMainTable();
            }
        });
    }

    private void showSituation(Situation s) {
        if (s == null) {
            return;
        }
        user.setText(model.officerText(s));
        badge(activeBadge, s.activeLevel());
        activeText.setText(model.activeText(s));
        badge(recommendedBadge, s.recommendedLevel());
        recommendedText.setText(model.recommendationText(s));
        String difference = model.differenceText(s);
        differs.setText(difference);
        differs.setVisible(!difference.isEmpty());
        differs.setManaged(!difference.isEmpty());
    }

    private void badge(Label badge, ResponseLevel level) {
        badge.getStyleClass().removeIf(c -> c.startsWith("level-"));
        badge.getStyleClass().add(LevelPanelModel.styleClass(level));
        badge.setText(text.levelShort(level));
    }

    private void notifyOfficer(String message) {
        status.setText(message);
        if (popup != null) {
            popup.notice(messages.get("desk.attention"), message);
        }
    }

    private void showClock() {
        clockText.setText(LocalDateTime.ofInstant(ticker.now().get(), text.zone())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }
}
