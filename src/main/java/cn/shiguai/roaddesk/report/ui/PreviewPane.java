package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.report.print.FxImages;
import cn.shiguai.roaddesk.report.print.PreviewViewModel;
import java.awt.image.BufferedImage;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;

/**
 * The preview's nodes following whichever {@link PreviewViewModel} is current: a new one comes
 * with every PDF shown, so the bindings move to it. The page fills the pane's width.
 */
final class PreviewPane {
    /** Room for the grey margin around the page and a vertical scroll bar. */
    private static final double MARGIN = 34;

    private final ImageView page;
    private final Label noPreview;
    private final Label pageLabel;
    private final Button previous;
    private final Button next;
    private final ChangeListener<BufferedImage> showPicture;

    PreviewPane(ImageView page, Label noPreview, Label pageLabel, Button previous, Button next, ScrollPane scroll) {
        this.page = page;
        this.noPreview = noPreview;
        this.pageLabel = pageLabel;
        this.previous = previous;
        this.next = next;
        this.showPicture = (o, old, picture) -> show(picture);
        scroll.viewportBoundsProperty().addListener((o, old, bounds) ->
                page.setFitWidth(Math.max(200, bounds.getWidth() - MARGIN)));
        previous.setDisable(true);
        next.setDisable(true);
    }

    void follow(ObservableValue<PreviewViewModel> current) {
        current.addListener((o, old, model) -> {
            if (old != null) {
                old.imageProperty().removeListener(showPicture);
            }
            pageLabel.textProperty().unbind();
            previous.disableProperty().unbind();
            next.disableProperty().unbind();
            if (model != null) {
                pageLabel.textProperty().bind(model.pageLabelProperty());
                previous.disableProperty().bind(model.canGoBackProperty().not());
                next.disableProperty().bind(model.canGoOnProperty().not());
                model.imageProperty().addListener(showPicture);
                show(model.imageProperty().get());
            }
        });
    }

    private void show(BufferedImage picture) {
        // A new document's first page replaces the last one only when drawn: no flicker to empty.
        if (picture != null) {
            page.setImage(FxImages.of(picture));
        }
        noPreview.setVisible(page.getImage() == null);
    }
}
