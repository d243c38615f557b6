package cn.shiguai.roaddesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers, versions, drafts and corrections. */
class DocumentIssueTest {
    private final Reports reports = new Reports(SampleSituation.context());
    private final SituationSnapshot snapshot = SampleSituation.snapshot();

    @ParameterizedTest
    @CsvSource({"1, 2026年第3期", "2, 2026年第3期（更正）", "3, 2026年第3期（第2次更正）"})
    void numberLineSaysWhetherItIsACorrection(int version, String line) {
        DocumentNumber number = new DocumentNumber(DocumentKind.DAILY_REPORT, 2026, 3, version);
        assertEquals(line, number.numberLine());
        assertEquals("2026年第3期", number.issueLabel());
    }

    @Test
    void numbersAreCheckedAndVersionsChain() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentNumber(DocumentKind.DAILY_REPORT, 2026, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new DocumentNumber(DocumentKind.DAILY_REPORT, 2026, 1, 0));
        DocumentNumber first = DocumentNumber.first(DocumentKind.WARNING_NOTICE, 2026, 7);
        assertEquals(first, first.nextVersion().corrected());
        assertThrows(IllegalStateException.class, first::corrected);
        assertThrows(IllegalArgumentException.class, () -> new Issuance(SampleSituation.DAY, null, false),
                "an issued document has a number");
    }

    @Test
    void theNumberMustBeOfTheDocumentsKind() {
        assertThrows(IllegalArgumentException.class, () -> reports.assemble(DocumentKind.DAILY_REPORT, snapshot,
                Issuance.issued(SampleSituation.DAY, DocumentNumber.first(DocumentKind.PUBLIC_BULLETIN, 2026, 1))));
        assertThrows(IllegalArgumentException.class, () -> reports.assemble(DocumentKind.DAILY_REPORT, snapshot,
                reports.draft(DocumentKind.PUBLIC_BULLETIN, snapshot), Issuance.draft(SampleSituation.DAY)));
    }

    @Test
    void aCorrectionSaysItIsOneWhichIssueItCorrectsAndWhat() {
        DocumentDraft issuedDraft = reports.draft(DocumentKind.DAILY_REPORT, snapshot)
                .with(DraftParts.ROADS, "旅游公路交通中断 8 小时，滞留车辆排队 25 公里。");
        DocumentDraft correction = reports.correctionDraft(DocumentKind.DAILY_REPORT, snapshot, issuedDraft.texts())
                .with(DraftParts.CORRECTION, "更正内容：滞留车辆排队长度应为 2.5 公里。")
                .with(DraftParts.ROADS, "旅游公路交通中断 8 小时，滞留车辆排队 2.5 公里。");
        assertEquals(DraftParts.CORRECTION, correction.parts().get(0).key(), "the office says first what it corrects");
        DocumentNumber second = DocumentNumber.first(DocumentKind.DAILY_REPORT, 2026, 3).nextVersion();
        ReportDocument corrected = reports.assemble(DocumentKind.DAILY_REPORT, snapshot, correction,
                Issuance.issued(SampleSituation.DAY, second));
        assertEquals("2026年第3期（更正）", corrected.number());
        Paragraph note = (Paragraph) corrected.body().get(0);
        assertEquals("更正说明：本件为道路交通情况日报2026年第3期的更正件（第2版），原第1版同时作废，请以本件为准。\n"
                + "更正内容：滞留车辆排队长度应为 2.5 公里。", note.text());
        assertNull(corrected.watermark());
    }

    @Test
    void aCorrectionDraftStartsFromTheIssuedTexts() {
        Map<String, String> issued = reports.draft(DocumentKind.SUPERIOR_REPORT, snapshot)
                .with(DraftParts.ADDRESSEE, "包头市交通运输局").texts();
        DocumentDraft correction = reports.correctionDraft(DocumentKind.SUPERIOR_REPORT, snapshot, issued);
        assertEquals("包头市交通运输局", correction.text(DraftParts.ADDRESSEE));
        assertTrue(correction.text(DraftParts.CORRECTION).startsWith("更正内容："));
    }

    @Test
    void draftsAreImmutableAndKeepTheirOrder() {
        DocumentDraft draft = reports.draft(DocumentKind.PUBLIC_BULLETIN, snapshot);
        DocumentDraft edited = draft.with(DraftParts.TRAVEL_ADVICE, "请绕行。");
        assertFalse(draft.text(DraftParts.TRAVEL_ADVICE).equals("请绕行。"));
        assertEquals(draft.texts().keySet().stream().toList(), edited.texts().keySet().stream().toList());
        assertEquals(edited, draft.withTexts(edited.texts()));
        assertThrows(java.util.NoSuchElementException.class, () -> draft.with("nonsense", "x"));
        assertEquals("", draft.text("nonsense"));
    }

    @Test
    void chaptersAreNumberedTheChineseWay() {
        assertEquals("一", Sections.numeral(1));
        assertEquals("十", Sections.numeral(10));
        assertEquals("十一", Sections.numeral(11));
        assertEquals("十九", Sections.numeral(19));
        assertThrows(IllegalArgumentException.class, () -> Sections.numeral(20));
    }

    @Test
    void theLogSealIsAFullSha256() {
        assertThrows(IllegalArgumentException.class, () -> new LogSeal("abc", 3));
        assertThrows(IllegalArgumentException.class, () -> new LogSeal(SampleSituation.HEAD_HASH.toUpperCase(), 3));
        assertEquals("值班日志尚无记录", reports.assemble(DocumentKind.DAILY_REPORT, new SituationSnapshot(snapshot.date(),
                snapshot.period(), snapshot.response(), snapshot.evaluation(), snapshot.readings(), snapshot.trends(),
                snapshot.traffic(), snapshot.measures(), snapshot.log(), "王丽", new LogSeal("", 0)),
                Issuance.draft(SampleSituation.DAY)).footerNote());
    }
}
