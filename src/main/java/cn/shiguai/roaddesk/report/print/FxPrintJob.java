package cn.shiguai.roaddesk.report.print;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PrintResolution;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** A {@link PrintJob} over a JavaFX {@link PrinterJob}. */
final class FxPrintJob implements PrintJob {
    private final PrinterJob job;
    private final Supplier<Window> owner;

    FxPrintJob(PrinterJob job, Supplier<Window> owner) {
        this.job = job;
        this.owner = owner;
    }

    @Override
    public String printerName() {
        return job.getPrinter().getName();
    }

    @Override
    public boolean showPrintDialog() {
        return job.showPrintDialog(owner.get());
    }

    @Override
    public boolean showPageSetupDialog() {
        return job.showPageSetupDialog(owner.get());
    }

    @Override
    public float resolutionDpi() {
        PrintResolution resolution = job.getJobSettings().getPrintResolution();
        return resolution == null ? 0 : Math.min(resolution.getFeedResolution(), resolution.getCrossFeedResolution());
    }

    /**
     * The page picture scaled to the printable area (points), centred, ratio kept: the printer
     * gets the picture's full resolution. The node is never shown, so it is laid out by hand
     * first, or it may print empty (see shared/stack.md).
     */
    @Override
    public boolean printPage(BufferedImage page) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        ImageView view = new ImageView(FxImages.of(page));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        double width = layout.getPrintableWidth();
        double height = layout.getPrintableHeight();
        double scale = Math.min(width / page.getWidth(), height / page.getHeight());
        view.setFitWidth(page.getWidth() * scale);
        view.setFitHeight(page.getHeight() * scale);
        view.setTranslateX((width - page.getWidth() * scale) / 2);
        view.setTranslateY((height - page.getHeight() * scale) / 2);
        Group node = new Group(view);
        node.applyCss();
        node.resize(width, height);
        node.layout();
        return job.printPage(layout, node);
    }

    @Override
    public boolean end() {
        return job.endJob();
    }

    @Override
    public void cancel() {
        job.cancelJob();
    }
}
