package cn.shiguai.roaddesk.report.print;

import java.util.Optional;

/**
 * The machine's printers, as a seam: the application asks JavaFX ({@link FxPrinterAccess}), a
 * test simulates a machine with no printer or with one.
 */
@FunctionalInterface
public interface PrinterAccess {

    /** A new job on the default printer, or empty when the machine has no printer at all. */
    Optional<PrintJob> createJob();
}
