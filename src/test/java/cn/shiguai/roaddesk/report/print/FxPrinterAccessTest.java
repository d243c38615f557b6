package cn.shiguai.roaddesk.report.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shiguai.roaddesk.report.Reports;
import cn.shiguai.roaddesk.report.SampleSituation;
import cn.shiguai.roaddesk.report.pdf.CjkFontLocator;
import cn.shiguai.roaddesk.report.pdf.PdfRenderer;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.print.Printer;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The real JavaFX printing API, headless: a job exactly where the machine has a printer. On
 * this machine and on CI there is none, and {@code createPrinterJob()} answers null.
 */
class FxPrinterAccessTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aJobOnlyWhereThereIsAPrinter() {
        boolean anyPrinter = !Printer.getAllPrinters().isEmpty();
        assertEquals(anyPrinter, new FxPrinterAccess(() -> null).createJob().isPresent());
    }

    @Test
    void pagesOfAnIssuedPdfAreDrawnOneAtATimeAtTheAskedResolution() throws Exception {
        byte[] pdf;
        try (CjkFontLocator fonts = new CjkFontLocator()) {
            pdf = new PdfRenderer(fonts, Clock.systemUTC())
                    .renderToBytes(new Reports(SampleSituation.context()).reviewChecklist(SampleSituation.withoutResponse()));
        }
        PageImages pages = PageImages.of(pdf);
        assertEquals(1, pages.pageCount());
        BufferedImage page = pages.page(0, 72);
        assertEquals(595, page.getWidth(), 1);
        assertEquals(842, page.getHeight(), 1);
        Image image = FxImages.of(page);
        assertEquals(page.getRGB(100, 100), image.getPixelReader().getArgb(100, 100));
    }
}
