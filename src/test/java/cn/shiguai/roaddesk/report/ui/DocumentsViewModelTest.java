package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.settings.DeskSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DraftParts;
import cn.shiguai.roaddesk.report.issue.PdfText;
import cn.shiguai.roaddesk.report.store.SampleDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents screen's rules on the sample day, through the real service and font, without a toolkit. */
class DocumentsViewModelTest {
    private final SampleDesk sample = new SampleDesk();
    private final DocumentsViewModel vm = model();

    @TempDir
    Path dir;

    private DocumentsViewModel model() {
        return new DocumentsViewModel(sample.documents(), sample.changes, new SameThreadTaskRunner(), Messages.chinese(),
                sample.clock, SampleDesk.DISTRICT, () -> SampleDesk.OFFICER);
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private PartField part(String key) {
        return vm.parts().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    private void issueConfirmed() {
        List<String> asked = new ArrayList<>();
        vm.prepareIssue(question -> {
            asked.add(question);
            vm.issue();
        });
        assertEquals(1, asked.size(), "the officer is asked once");
    }

    @Test
    void aDraftShowsItsEditablePartsAndAPreviewOfThePrintedPages() {
        vm.start();
        assertEquals(SampleDesk.DAY, vm.day().get());
        vm.draft();
        assertEquals("", vm.error().get());
        assertEquals(List.of("summary", "roads", "outlook"), vm.parts().stream().map(PartField::key).toList());
        assertEquals(List.of("总体情况", "道路通行情况", "下一步工作"), vm.parts().stream().map(PartField::label).toList());
        assertTrue(part(DraftParts.SUMMARY).text().get().contains("二级"), part(DraftParts.SUMMARY).text().get());
        assertEquals("草稿 · 道路交通情况日报 · 2026-01-12", vm.heading().get());
        assertTrue(vm.editing().get());
        assertTrue(vm.hasPdf().get());
        assertTrue(vm.preview().get().pageCountProperty().get() >= 2);
        assertEquals("第 1 页 / 共 " + vm.preview().get().pageCountProperty().get() + " 页",
                vm.preview().get().pageLabelProperty().get());
        assertTrue(vm.preview().get().imageProperty().get().getWidth() > 800, "a page drawn for the screen");
        assertFalse(vm.busy().get());
    }

    @Test
    void anEditMarksThePreviewStaleUntilItIsRefreshed() throws IOException {
        vm.draft();
        part(DraftParts.SUMMARY).text().set("总体情况：今日全区降雪，已启动二级响应。");
        assertTrue(vm.previewStale().get());
        vm.refreshPreview();
        assertFalse(vm.previewStale().get());
        Path saved = dir.resolve("draft.pdf");
        vm.saveAs(saved);
        assertTrue(PdfText.joined(Files.readAllBytes(saved)).contains("今日全区降雪，已启动二级响应。"));
        assertEquals("道路交通情况日报（草稿）2026-01-12.pdf", vm.suggestedFileName());
    }

    @Test
    void aPdfIsNeverSavedOntoTheDatabaseAndTheRefusalSaysSo() throws IOException {
        Path database = dir.resolve("roaddesk.mv.db");
        byte[] store = {1, 2, 3};
        Files.write(database, store);
        DocumentsViewModel guarded = new DocumentsViewModel(sample.documents(), sample.changes,
                new SameThreadTaskRunner(), Messages.chinese(), sample.clock, SampleDesk.DISTRICT,
                () -> SampleDesk.OFFICER, () -> List.of(database));
        guarded.start();
        guarded.draft();
        guarded.saveAs(database);
        assertArrayEquals(store, Files.readAllBytes(database), "the database file is untouched");
        assertTrue(guarded.error().get().startsWith("无法保存到 " + database), guarded.error().get());
    }

    @Test
    void issuingNamesTheNumberFirstThenShowsTheDocumentAsIssuedAndListsIt() throws IOException {
        vm.start();
        vm.draft();
        part(DraftParts.SUMMARY).text().set("今日全区降雪。");
        List<String> asked = new ArrayList<>();
        vm.prepareIssue(asked::add);
        assertEquals(List.of("签发“道路交通情况日报”，编号为 2026年第1期？"), asked);
        assertTrue(vm.issued().isEmpty(), "asking issues nothing");
        vm.issue();

        assertEquals(1, vm.issued().size());
        IssuedRow row = vm.issued().get(0);
        assertEquals(List.of("道路交通情况日报", "2026年第1期", "第 1 版", "2026-01-12", "2026-01-12 11:10", SampleDesk.OFFICER, ""),
                List.of(row.kind(), row.number(), row.version(), row.day(), row.issuedAt(), row.issuedBy(), row.mark()));
        assertEquals(row, vm.selected().get());
        assertFalse(vm.editing().get());
        assertTrue(vm.parts().isEmpty());
        assertTrue(vm.heading().get().startsWith("已签发 · 石拐区道路交通情况日报 2026年第1期 · 签发人 王海燕"), vm.heading().get());
        assertTrue(vm.status().get().startsWith("已签发：石拐区道路交通情况日报 2026年第1期"), vm.status().get());
        Path saved = dir.resolve(vm.suggestedFileName());
        vm.saveAs(saved);
        assertEquals("石拐区道路交通情况日报 2026年第1期.pdf", saved.getFileName().toString());
        assertArrayEquals(sample.documents().get(row.id()).pdf(), Files.readAllBytes(saved), "saved as stored");
    }

    @Test
    void aCorrectionMustSayWhatItCorrectsAndThenMarksTheOriginal() {
        vm.draft();
        issueConfirmed();
        IssuedRow original = vm.issued().get(0);
        vm.startCorrection(original);
        assertEquals(DraftParts.CORRECTION, vm.parts().get(0).key());
        assertEquals("更正内容", vm.parts().get(0).label());
        assertEquals("更正草稿 · 道路交通情况日报 2026年第1期（更正）", vm.heading().get());

        issueConfirmed();
        assertEquals("请在“更正内容”中写明更正了什么，再签发更正件。", vm.error().get());
        assertEquals(1, vm.issued().size());
        assertTrue(vm.editing().get(), "the draft stays for the officer to finish");

        part(DraftParts.CORRECTION).text().set("更正内容：K20 收费站滞留车辆应为 3.5 公里。");
        issueConfirmed();
        assertEquals(2, vm.issued().size());
        assertEquals("第 2 版", vm.issued().get(0).version());
        assertEquals("更正件", vm.issued().get(0).mark());
        assertEquals("已更正", vm.issued().get(1).mark());
        assertEquals("", vm.error().get());

        vm.startCorrection(vm.issued().get(1));
        assertEquals("更正草稿 · 道路交通情况日报 2026年第1期（第2次更正）", vm.heading().get(),
                "a correction of an old version corrects the version in force");
    }

    @Test
    void anIssuedDocumentOpensAsStoredAndReadOnly() {
        vm.draft();
        issueConfirmed();
        vm.kind().set(DocumentKind.PUBLIC_BULLETIN);
        vm.draft();
        assertTrue(vm.editing().get());
        vm.open(vm.issued().get(0));
        assertFalse(vm.editing().get());
        assertTrue(vm.parts().isEmpty());
        assertEquals("已签发的文件按签发原样显示，不能修改；如需更正，请在下方列表中选中后按“更正…”。", vm.partsNote().get());
        assertEquals("已打开：石拐区道路交通情况日报 2026年第1期，SHA-256 与签发时一致。", vm.status().get());
        vm.prepareIssue(question -> {
            throw new AssertionError("an issued document is not issued again");
        });
    }

    @Test
    void whatCannotBeDoneIsSaidInWords() {
        vm.day().set(SampleDesk.DAY.plusDays(1));
        vm.draft();
        assertEquals("2026-01-13 尚未到来，不能为其起草文件。", vm.error().get());
        assertFalse(vm.busy().get());
        assertNull(vm.preview().get());

        sample.desk.stores().settings().put(DeskSettings.FONT, "/nowhere/simsun.ttc", "王海燕");
        DocumentsViewModel withoutFont = model();
        withoutFont.start();
        assertTrue(withoutFont.error().get().contains("/nowhere/simsun.ttc"), withoutFont.error().get());
    }
}
