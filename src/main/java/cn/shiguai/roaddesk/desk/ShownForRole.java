package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.access.Permission;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The window shows only what the signed-in role may do (issue 14, item 2): a control marked in
 * its FXML with a permission's style class ({@code needs-issue-document}) is hidden, and takes
 * no room, when the role lacks it. The services refuse the act anyway; hiding only spares the
 * officer a button that can do nothing but be refused.
 */
final class ShownForRole {
    private ShownForRole() {
    }

    static void apply(Parent screen, Predicate<Permission> may) {
        walk(screen, may);
    }

    /**
     * Down the tree as the FXML declared it: a split pane's items, a scroll pane's content, a tab's
     * or a titled pane's content and a tool bar's items are not children of their control until
     * its skin exists, which a screen not yet laid out has not got.
     */
    private static void walk(Node node, Predicate<Permission> may) {
        if (node == null) {
            return;
        }
        for (Permission permission : Permission.values()) {
            if (node.getStyleClass().contains(permission.styleClass())) {
                boolean shown = may.test(permission);
                node.setVisible(shown);
                node.setManaged(shown);
            }
        }
        if (node instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(n -> walk(n, may));
        } else if (node instanceof javafx.scene.control.ScrollPane scroll) {
            walk(scroll.getContent(), may);
        } else if (node instanceof javafx.scene.control.TitledPane titled) {
            walk(titled.getContent(), may);
        } else if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().forEach(t -> walk(t.getContent(), may));
        } else if (node instanceof javafx.scene.control.ToolBar bar) {
            bar.getItems().forEach(n -> walk(n, may));
        } else if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            parent.getChildrenUnmodifiable().forEach(n -> walk(n, may));
        }
    }
}
