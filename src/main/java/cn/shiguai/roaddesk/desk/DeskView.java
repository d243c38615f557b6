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
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The frame around the screens: header, navigation, status bar, shortcuts. */
public final class DeskView {
    private final DeskViewModel model;
    private final Messages messages;
    private final EvaluationText text;
    private final Map<Screen, Supplier<Parent>> screenFactories;
    private final Map<Screen, Parent> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private final Ticker ticker;

    @FXML private Label ruleSet;
    @FXML private Label activeBadge;
    @FXML private Label activeText;
    @FXML private Label recommendedBadge;
    @FXML private Label recommendedText;
    @FXML private Label differs;
    @FXML private Label user;
    @FXML private Label clockText;
    @FXML private VBox nav;
    @FXML private StackPane content;
    @FXML private Label status;
    @FXML private Label storeStatus;

    public DeskView(DeskViewModel model, Messages messages, EvaluationText text,
                    Map<Screen, Supplier<Parent>> screenFactories, Ticker ticker) {
        this.model = model;
        this.messages = messages;
        this.text = text;
        this.screenFactories = screenFactories;
        this.ticker = ticker;
    }

    @FXML
    private void initialize() {
        ruleSet.setText(messages.format("app.ruleSet", text.ruleSetName(), text.planTitle()));
        ToggleGroup group = new ToggleGroup();
        for (Screen s : Screen.values()) {
            ToggleButton b = new ToggleButton(messages.get(s.textKey()) + "\n" + s.shortcut().getDisplayText());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
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
        model.setNotifier(this::notifyOfficer);
        ticker.now().addListener((o, a, b) -> showClock());
        showClock();
    }

    /** Shortcuts work from anywhere in the window. */
    public void installShortcuts(Scene scene) {
        for (Screen s : Screen.values()) {
            scene.getAccelerators().put(s.shortcut(), () -> model.screen().set(s));
        }
    }

    private void open(Screen s) {
        Parent screen = screens.computeIfAbsent(s, k -> screenFactories.get(k).get());
        content.getChildren().setAll(screen);
        buttons.get(s).setSelected(true);
        status.setText("");
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
        if (content.getScene() != null && content.getScene().getWindow() != null) {
            Notifications.create().title(messages.get("desk.attention")).text(message)
                    .owner(content.getScene().getWindow()).hideAfter(Duration.minutes(10)).showWarning();
        }
    }

    private void showClock() {
        clockText.setText(LocalDateTime.ofInstant(ticker.now().get(), text.zone())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }
}
