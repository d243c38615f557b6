package cn.shiguai.roaddesk.report.print;

import java.awt.image.BufferedImage;

/**
 * One print job: the printer and page setup dialogs (on the FX thread) and the pages, sent as
 * pictures of the issued PDF so the paper shows exactly what was issued (any thread).
 */
public interface PrintJob {

    /** The printer the job will print on, as the system names it. */
    String printerName();

    /** The printer choice dialog; false when the user cancelled it. */
    boolean showPrintDialog();

    /** The page setup dialog; false when the user cancelled it. */
    boolean showPageSetupDialog();

    /** Dots per inch the printer prints at, in the current settings: pages are rendered at it. */
    float resolutionDpi();

    /** Prints one page picture, scaled to the printable area; false when the printer refused it. */
    boolean printPage(BufferedImage page);

    /** Ends the job, spooling it; false when it could not be spooled. */
    boolean end();

    void cancel();
}
