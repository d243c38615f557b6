package cn.shiguai.roaddesk.report.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 7: a print or a save that succeeded is told to be logged; a cancelled one is not. */
class PrintsRecordedTest {
    private static final byte[] PDF = "%PDF-1.7 issued bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String NAME = "石拐区道路交通情况日报 2026年第3期";

    @TempDir
    Path dir;

    private final List<String> told = new ArrayList<>();

    private final PrintViewModel.Recorder recorder = new PrintViewModel.Recorder() {
        @Override
        public void printed(String document, String printer, int pages) {
            told.add("printed " + document + " " + printer + " " + pages);
        }

        @Override
        public void saved(String document, Path file) {
            told.add("saved " + document + " " + file.getFileName());
        }
    };

    @Test
    void printsAndSavesThatSucceededAreRecorded() {
        FakePrinting.Job job = new FakePrinting.Job();
        PrintViewModel model = new PrintViewModel(PDF, NAME, new FakePrinting.Pages(3), () -> Optional.of(job),
                new SameThreadTaskRunner(), Messages.chinese()).recordingTo(recorder);
        model.print();
        model.saveAs(dir.resolve("日报.pdf"));
        assertEquals(List.of("printed " + NAME + " " + job.printerName() + " 3", "saved " + NAME + " 日报.pdf"), told);

        FakePrinting.Job refused = new FakePrinting.Job();
        refused.acceptDialog = false;
        new PrintViewModel(PDF, NAME, new FakePrinting.Pages(3), () -> Optional.of(refused), new SameThreadTaskRunner(),
                Messages.chinese()).recordingTo(recorder).print();
        assertEquals(2, told.size(), "a cancelled print is not a print");
    }
}
