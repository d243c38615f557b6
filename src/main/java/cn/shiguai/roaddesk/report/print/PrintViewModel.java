package cn.shiguai.roaddesk.report.print;

import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.files.OutputFile;
import cn.shiguai.roaddesk.common.files.OutputRefusedException;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Printing an issued document exactly as issued: its PDF's pages, rendered one at a time at the
 * printer's resolution off the FX thread, sent to the printer the user chose. On a machine with
 * no printer it says so plainly and offers to save the PDF instead. Never touches a node, so it
 * is tested without a toolkit through {@link PrinterAccess} and {@link PageImages}.
 *
 * <p>Commands are called on the FX thread: the dialogs they open need it.
 */
public final class PrintViewModel {
    /**
     * Pages are rendered at the printer's resolution up to this: an A4 page at 600 dpi is a
     * 140 MB picture already, and no office printer shows more detail than that of a PDF.
     */
    static final float MAX_DPI = 600;
    /** When the printer does not say (some drivers report 0). */
    static final float DEFAULT_DPI = 300;

    private final byte[] pdf;
    private final String documentName;
    private final PageImages pages;
    private final PrinterAccess printers;
    private final TaskRunner tasks;
    private final Messages messages;

    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty noPrinter = new SimpleBooleanProperty(false);
    private PrintJob pendingJob;
    private volatile Recorder recorder = Recorder.NONE;

    /** Told of each print and save that succeeded, off the FX thread, to log it (issue 14, item 7). */
    public interface Recorder {
        Recorder NONE = new Recorder() {
            @Override
            public void printed(String document, String printer, int pages) {
            }

            @Override
            public void saved(String document, Path file) {
            }
        };

        void printed(String document, String printer, int pages);

        void saved(String document, Path file);
    }

    /**
     * @param pdf          the document as issued (stored bytes), never re-rendered
     * @param documentName e.g. "石拐区道路交通情况日报 2026年第3期", for messages and the file name offered
     */
    public PrintViewModel(byte[] pdf, String documentName, PageImages pages, PrinterAccess printers, TaskRunner tasks,
                          Messages messages) {
        this.pdf = pdf.clone();
        this.documentName = documentName;
        this.pages = pages;
        this.printers = printers;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Each print and save from now on is told to {@code told}; returns this model. */
    public PrintViewModel recordingTo(Recorder told) {
        this.recorder = told;
        return this;
    }

    // ---- Properties

    /** What happened last, in plain words: sent, cancelled, failed, no printer, saved. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Pages are being rendered and sent, or a file written: the print buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The machine has no printer: the window shows the message and the save-as-PDF button first. */
    public ReadOnlyBooleanProperty noPrinterProperty() {
        return noPrinter;
    }

    /** The file name offered when saving, e.g. "石拐区道路交通情况日报 2026年第3期.pdf". */
    public String suggestedFileName() {
        return documentName.replaceAll("[\\\\/:*?\"<>|]", "_") + ".pdf";
    }

    // ---- Commands

    /** Printer choice, then the pages one by one in the background. */
    public void print() {
        Optional<PrintJob> job = job();
        if (job.isEmpty()) {
            return;
        }
        PrintJob chosen = job.get();
        pendingJob = null;
        if (!chosen.showPrintDialog()) {
            chosen.cancel();
            message.set(messages.get("print.cancelled"));
            return;
        }
        busy.set(true);
        message.set(messages.format("print.sending", chosen.printerName()));
        tasks.run(() -> {
            int printed = printAll(chosen);
            recorder.printed(documentName, chosen.printerName(), printed);
            return printed;
        }, count -> {
            busy.set(false);
            message.set(messages.format("print.sent", documentName, chosen.printerName(), count));
        }, failure -> {
            busy.set(false);
            message.set(messages.format("print.failed", chosen.printerName(), reason(failure)));
        });
    }

    /**
     * Asks the machine for a printer as the dialog opens, so that a machine without one says so
     * before anyone presses 打印, and offers the PDF instead.
     */
    public void checkPrinter() {
        job();
    }

    /** Paper and margins; the settings carry over to the next {@link #print()}. */
    public void pageSetup() {
        job().ifPresent(job -> {
            if (job.showPageSetupDialog()) {
                message.set(messages.format("print.pageSetupDone", job.printerName()));
            }
        });
    }

    /**
     * Writes the PDF as issued, byte for byte, e.g. to print it on another machine: atomically,
     * and never over a database file (the file chooser has already asked about replacing).
     */
    public void saveAs(Path file) {
        busy.set(true);
        tasks.run(() -> {
            Path folder = file.toAbsolutePath().getParent();
            try {
                OutputFile.check(file, DataDirectory.of(folder).storeFiles(), true).write(pdf);
            } catch (OutputRefusedException e) {
                throw new IOException(messages.format(e.messageKey(), file.toString()), e);
            }
            recorder.saved(documentName, file);
            return file;
        }, written -> {
            busy.set(false);
            message.set(messages.format("print.saved", file.toString()));
        }, failure -> {
            busy.set(false);
            message.set(messages.format("print.saveFailed", file.toString(), reason(failure)));
        });
    }

    /** The model of the preview dialog over the same pages. */
    public PreviewViewModel preview() {
        return new PreviewViewModel(pages, tasks, messages);
    }

    private Optional<PrintJob> job() {
        if (pendingJob == null) {
            pendingJob = printers.createJob().orElse(null);
        }
        noPrinter.set(pendingJob == null);
        if (pendingJob == null) {
            message.set(messages.get("print.noPrinter"));
        }
        return Optional.ofNullable(pendingJob);
    }

    /** Off the FX thread: one page rendered, printed and dropped before the next is drawn. */
    private int printAll(PrintJob job) throws IOException {
        float dpi = job.resolutionDpi() > 0 ? Math.min(job.resolutionDpi(), MAX_DPI) : DEFAULT_DPI;
        int count = pages.pageCount();
        for (int index = 0; index < count; index++) {
            int number = index + 1;
            tasks.onUiThread(() -> message.set(messages.format("print.progress", number, count)));
            BufferedImage page = pages.page(index, dpi);
            if (!job.printPage(page)) {
                job.cancel();
                throw new IOException(messages.format("print.pageRefused", number));
            }
        }
        if (!job.end()) {
            throw new IOException(messages.get("print.notSpooled"));
        }
        return count;
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
