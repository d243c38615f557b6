package cn.shiguai.roaddesk.report.print;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.stage.Window;

/**
 * The printers of this machine through the JavaFX printing API. {@link PrinterJob#createPrinterJob()}
 * answers null where no printer is installed, as on the office's spare machines and on CI.
 */
public final class FxPrinterAccess implements PrinterAccess {
    private final Supplier<Window> owner;

    /** @param owner the window the printer dialogs belong to */
    public FxPrinterAccess(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<PrintJob> createJob() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Optional.empty();
        }
        // Documents are A4 portrait; the smallest margins the printer allows keep the page at
        // (nearly) its own size, since the PDF already has the margins of GB/T 9704.
        Printer printer = job.getPrinter();
        job.getJobSettings().setPageLayout(printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM));
        return Optional.of(new FxPrintJob(job, owner));
    }
}
