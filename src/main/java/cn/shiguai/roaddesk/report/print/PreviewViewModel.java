package cn.shiguai.roaddesk.report.print;

import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.awt.image.BufferedImage;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The preview: one page at a time as a picture of the PDF (screen resolution, rendered off the
 * FX thread), "第 x 页 / 共 y 页", and paging. The page shown is the page that prints.
 */
public final class PreviewViewModel {
    /** Sharp enough on a desktop screen at the dialog's size, quick to draw. */
    static final float PREVIEW_DPI = 110;

    private final PageImages pages;
    private final TaskRunner tasks;
    private final Messages messages;

    private final IntegerProperty pageIndex = new SimpleIntegerProperty(-1);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final StringProperty pageLabel = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<BufferedImage> image = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoOn = new ReadOnlyBooleanWrapper(false);

    public PreviewViewModel(PageImages pages, TaskRunner tasks, Messages messages) {
        this.pages = pages;
        this.tasks = tasks;
        this.messages = messages;
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount;
    }

    /** "第 1 页 / 共 6 页". */
    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel;
    }

    /** Why a page could not be shown, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** The page shown; null until the first is drawn. */
    public ReadOnlyObjectProperty<BufferedImage> imageProperty() {
        return image;
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoOnProperty() {
        return canGoOn.getReadOnlyProperty();
    }

    /** Counts the pages and shows the first. */
    public void open() {
        tasks.run(pages::pageCount, count -> {
            pageCount.set(count);
            show(0);
        }, failure -> problem.set(messages.format("preview.failed", failure.getMessage())));
    }

    public void next() {
        show(pageIndex.get() + 1);
    }

    public void previous() {
        show(pageIndex.get() - 1);
    }

    /** Shows a page; an index outside the document is ignored, so held-down keys stop at the ends. */
    public void show(int index) {
        if (index < 0 || index >= pageCount.get()) {
            return;
        }
        pageIndex.set(index);
        pageLabel.set(messages.format("preview.pageOf", index + 1, pageCount.get()));
        canGoBack.set(index > 0);
        canGoOn.set(index < pageCount.get() - 1);
        tasks.run(() -> pages.page(index, PREVIEW_DPI), picture -> {
            // A page turned again while this one was drawn must not be overwritten by it.
            if (pageIndex.get() == index) {
                image.set(picture);
                problem.set("");
            }
        }, failure -> problem.set(messages.format("preview.failed", failure.getMessage())));
    }
}
