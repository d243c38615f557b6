package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.common.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The alert's notification: one panel above the screen area, under the header, that stays
 * until the alerts are acknowledged (or put aside until the next repeat). It is part of the
 * window's own layout, not a popup window or an overlay: a popup takes the keyboard on some
 * platforms, and a duty officer typing a reading when an alert arrives must not have the
 * keystrokes land on 确认; an overlay would cover the very button (启动响应) the alert sends the
 * officer to. A repeat replaces the text rather than stacking another panel, so an hour of
 * repeats is still one panel.
 */
final class AlertPopup {
    private final VBox box = new VBox(8);
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button ok = new Button();
    private final Messages messages;
    private boolean notice;

    AlertPopup(Messages messages, Runnable acknowledge, VBox layer) {
        this.messages = messages;
        title.getStyleClass().add("alert-popup-title");
        text.setWrapText(true);
        text.setId("alertPopupText");
        ok.setId("alertPopupAcknowledge");
        ok.setFocusTraversable(false);
        ok.setOnAction(e -> {
            if (notice) {
                hide();
            } else {
                acknowledge.run();
            }
        });
        Button later = new Button(messages.get("alert.later"));
        later.setFocusTraversable(false);
        later.setOnAction(e -> hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        box.getChildren().setAll(title, new HBox(12, text, gap, ok, later));
        box.getStyleClass().add("alert-popup");
        box.setId("alertNotification");
        box.setVisible(false);
        box.setManaged(false);
        layer.getChildren().add(0, box);
    }

    /** Shows (or replaces) the alerts' panel; 确认 acknowledges them. */
    void show(String message) {
        notice = false;
        display(messages.get("alert.notification.title"), messages.get("alert.acknowledge"), message);
    }

    /** Shows a one-off warning (a failed backup, a broken chain); 知道了 only closes it. */
    void notice(String heading, String message) {
        notice = true;
        display(heading, messages.get("alert.noticeSeen"), message);
    }

    private void display(String heading, String button, String message) {
        title.setText(heading);
        ok.setText(button);
        text.setText(message);
        box.setVisible(true);
        box.setManaged(true);
    }

    boolean isShowing() {
        return box.isVisible();
    }

    String text() {
        return text.getText();
    }

    void hide() {
        box.setVisible(false);
        box.setManaged(false);
    }

    /** The alerts were acknowledged elsewhere: a notice stays, the alerts' panel goes. */
    void alertsGone() {
        if (!notice) {
            hide();
        }
    }
}
