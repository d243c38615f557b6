package cn.shiguai.roaddesk.report.print;

import cn.shiguai.roaddesk.common.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The preview dialog: the page as it prints, page x/y, paging by buttons or keys; Esc closes. */
public final class PreviewWindow {
    private PreviewWindow() {
    }

    public static void show(PreviewViewModel model, Messages messages, Window owner) {
        ImageView page = new ImageView();
        page.setPreserveRatio(true);
        page.setFitWidth(760);
        model.imageProperty().addListener((o, old, picture) -> page.setImage(picture == null ? null : FxImages.of(picture)));

        Button previous = new Button(messages.get("preview.previous"));
        previous.disableProperty().bind(model.canGoBackProperty().not());
        previous.setOnAction(e -> model.previous());
        Button next = new Button(messages.get("preview.next"));
        next.disableProperty().bind(model.canGoOnProperty().not());
        next.setOnAction(e -> model.next());
        Label label = new Label();
        label.textProperty().bind(model.pageLabelProperty());
        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        HBox bar = new HBox(12, previous, label, next, problem);
        bar.setAlignment(Pos.CENTER);
        bar.setPadding(new Insets(8));

        BorderPane root = new BorderPane(new ScrollPane(page), null, null, bar, null);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("preview.title"));
        Scene scene = new Scene(root, 820, 980);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) {
                model.next();
            } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT) {
                model.previous();
            }
        });
        stage.setScene(scene);
        model.open();
        stage.show();
    }
}
