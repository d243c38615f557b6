package cn.shiguai.roaddesk.report.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintViewModelTest {
    private static final byte[] PDF = "%PDF-1.7 issued bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String NAME = "石拐区道路交通情况日报 2026年第3期";

    private final FakePrinting.Pages pages = new FakePrinting.Pages(3);
    private final FakePrinting.Job job = new FakePrinting.Job();

    private PrintViewModel model(PrinterAccess printers) {
        return new PrintViewModel(PDF, NAME, pages, printers, new SameThreadTaskRunner(), Messages.chinese());
    }

    @Test
    void withoutAPrinterItSaysSoPlainlyAndOffersThePdf() {
        PrintViewModel model = model(Optional::empty);
        model.print();
        assertTrue(model.noPrinterProperty().get());
        assertEquals("本机没有安装打印机，无法打印。可将文件另存为 PDF，再在有打印机的电脑上打印。", model.messageProperty().get());
        assertEquals(List.of(), pages.drawn, "nothing is rendered for a printer that does not exist");
        model.pageSetup();
        assertTrue(model.noPrinterProperty().get(), "page setup needs a printer too");
    }

    @Test
    void theDialogAsksForAPrinterAsItOpensAndKeepsTheJobForPrinting() {
        PrintViewModel none = model(Optional::empty);
        none.checkPrinter();
        assertTrue(none.noPrinterProperty().get(), "said before anyone presses 打印");
        assertTrue(none.messageProperty().get().startsWith("本机没有安装打印机"));

        int[] asked = {0};
        PrintViewModel one = model(() -> {
            asked[0]++;
            return Optional.of(job);
        });
        one.checkPrinter();
        assertFalse(one.noPrinterProperty().get());
        one.print();
        assertEquals(1, asked[0], "the job found on opening is the one printed on");
        assertTrue(job.ended);
    }

    @Test
    void withAPrinterEveryPageIsRenderedAtThePrintersResolutionAndSentInOrder() {
        PrintViewModel model = model(() -> Optional.of(job));
        model.print();
        assertEquals(1, job.dialogs, "the printer is chosen first");
        assertEquals(List.of(0, 1, 2), pages.drawn);
        assertEquals(List.of(600f, 600f, 600f), pages.drawnAt);
        assertEquals(3, job.printed.size());
        assertTrue(job.ended);
        assertFalse(model.busyProperty().get());
        assertFalse(model.noPrinterProperty().get());
        assertEquals("“" + NAME + "”已发送到打印机“HP LaserJet 应急办”，共 3 页。", model.messageProperty().get());
    }

    @Test
    void veryFineOrUnknownResolutionsAreBounded() {
        job.dpi = 2400;
        model(() -> Optional.of(job)).print();
        assertEquals(PrintViewModel.MAX_DPI, pages.drawnAt.get(0));
        FakePrinting.Job silent = new FakePrinting.Job();
        silent.dpi = 0;
        FakePrinting.Pages others = new FakePrinting.Pages(1);
        new PrintViewModel(PDF, NAME, others, () -> Optional.of(silent), new SameThreadTaskRunner(), Messages.chinese()).print();
        assertEquals(PrintViewModel.DEFAULT_DPI, others.drawnAt.get(0));
    }

    @Test
    void cancellingThePrinterChoicePrintsNothing() {
        job.acceptDialog = false;
        PrintViewModel model = model(() -> Optional.of(job));
        model.print();
        assertTrue(job.cancelled);
        assertEquals(List.of(), job.printed);
        assertEquals("已取消打印。", model.messageProperty().get());
    }

    @Test
    void aRefusedPageStopsTheJobAndSaysWhich() {
        job.acceptPages = false;
        PrintViewModel model = model(() -> Optional.of(job));
        model.print();
        assertEquals(1, job.printed.size(), "no page after the refused one");
        assertTrue(job.cancelled);
        assertFalse(job.ended);
        assertEquals("打印机“HP LaserJet 应急办”未能打印：打印机拒收第 1 页", model.messageProperty().get());
    }

    @Test
    void pageSetupIsKeptForTheNextPrint() {
        int[] created = {0};
        PrintViewModel model = model(() -> {
            created[0]++;
            return Optional.of(job);
        });
        model.pageSetup();
        model.print();
        assertEquals(1, job.setups);
        assertEquals(1, created[0], "the job set up is the job printed");
        assertEquals(3, job.printed.size());
    }

    @Test
    void savingWritesTheIssuedBytesUnchanged(@TempDir Path folder) throws IOException {
        PrintViewModel model = model(Optional::empty);
        assertEquals(NAME + ".pdf", model.suggestedFileName());
        Path file = folder.resolve(model.suggestedFileName());
        model.saveAs(file);
        assertArrayEquals(PDF, Files.readAllBytes(file));
        assertEquals("已保存：" + file, model.messageProperty().get());
    }

    @Test
    void aFailedSaveIsReported(@TempDir Path folder) {
        PrintViewModel model = model(Optional::empty);
        Path file = folder.resolve("no-such-folder").resolve("x.pdf");
        model.saveAs(file);
        assertTrue(model.messageProperty().get().startsWith("无法保存到 " + file), model.messageProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aDatabaseFileIsNeverSavedOver(@TempDir Path folder) throws IOException {
        Path database = Files.write(folder.resolve("roaddesk.mv.db"), new byte[] {1, 2, 3});
        PrintViewModel model = model(Optional::empty);
        model.saveAs(database);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(database));
        assertTrue(model.messageProperty().get().contains("数据库自身的文件"), model.messageProperty().get());
    }
}
