package cn.shiguai.roaddesk.report.issue;

import cn.shiguai.roaddesk.settings.DeskSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DocumentNumber;
import cn.shiguai.roaddesk.report.DraftParts;
import cn.shiguai.roaddesk.report.pdf.FontUnavailableException;
import cn.shiguai.roaddesk.report.store.IssueRefusedException;
import cn.shiguai.roaddesk.report.store.IssuedDocument;
import cn.shiguai.roaddesk.report.store.SampleDesk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drafting, issuing and correcting on a database filled through the real services, rendered with the real font. */
class DocumentServiceTest {
    private final SampleDesk sample = new SampleDesk();
    private final DocumentService documents = sample.documents();

    @AfterEach
    void close() {
        sample.close();
    }

    private IssuedDocument issueDaily(String summary) {
        Drafted drafted = documents.draft(DocumentKind.DAILY_REPORT, SampleDesk.DAY, SampleDesk.OFFICER);
        return documents.issue(drafted, Map.of(DraftParts.SUMMARY, summary), SampleDesk.OFFICER);
    }

    @Test
    void issuesAreNumberedOneThenTwoPerKindAndYear() {
        IssuedDocument first = issueDaily("第一期概况。");
        IssuedDocument second = issueDaily("第二期概况。");
        IssuedDocument bulletin = documents.issue(documents.draft(DocumentKind.PUBLIC_BULLETIN, SampleDesk.DAY,
                SampleDesk.OFFICER), Map.of(), SampleDesk.OFFICER);
        assertEquals(DocumentNumber.first(DocumentKind.DAILY_REPORT, 2026, 1), first.documentNumber());
        assertEquals(DocumentNumber.first(DocumentKind.DAILY_REPORT, 2026, 2), second.documentNumber());
        assertEquals(DocumentNumber.first(DocumentKind.PUBLIC_BULLETIN, 2026, 1), bulletin.documentNumber());
        assertTrue(PdfText.joined(second.pdf()).contains("2026年第2期"));
        assertTrue(PdfText.joined(second.pdf()).contains("第二期概况。"), "the office's text as edited");
    }

    @Test
    void theStoredPdfIsWhatWasRenderedWithTheNumberAndTheSealOfTheLogBeforeItsOwnEntry() {
        IssuedDocument issued = issueDaily("概况。");
        assertTrue(issued.hashMatches());
        assertTrue(documents.verify(issued.id()));
        String text = PdfText.joined(issued.pdf());
        assertTrue(text.contains("2026年第1期"), text);
        assertFalse(text.contains("草稿"), "an issued document carries no watermark");
        LogEntry own = sample.desk.stores().log().concerning(LinkType.DOCUMENT, issued.id()).get(0);
        assertTrue(text.contains("值班日志共 " + (own.seq() - 1) + " 条"), text);
        assertTrue(text.contains(own.prevHash()), "the footer's head hash is the entry before the document's own");
        assertTrue(own.text().contains(issued.sha256()));
    }

    @Test
    void aDraftIsWatermarkedAndUnnumberedAndKnowsTheNumberItWouldGet() {
        Drafted drafted = documents.draft(DocumentKind.WARNING_NOTICE, SampleDesk.DAY, SampleDesk.OFFICER);
        String text = PdfText.joined(documents.render(drafted, drafted.draft().texts()));
        assertTrue(text.contains("草稿（发布时编号）"), text);
        assertEquals(DocumentNumber.first(DocumentKind.WARNING_NOTICE, 2026, 1), documents.nextNumber(drafted));
        assertTrue(documents.list().isEmpty(), "a preview stores nothing");
    }

    @Test
    void aCorrectionIsVersionTwoOfTheSameNumberReferencingTheOriginal() {
        IssuedDocument original = issueDaily("旅游公路排队 25 公里。");
        Drafted correction = documents.correctionDraft(original.id(), SampleDesk.OFFICER);
        assertEquals("旅游公路排队 25 公里。", correction.draft().text(DraftParts.SUMMARY), "starts from the texts as issued");
        assertEquals(original.documentNumber().nextVersion(), documents.nextNumber(correction));
        Map<String, String> texts = new java.util.HashMap<>(correction.draft().texts());
        texts.put(DraftParts.CORRECTION, "更正内容：排队长度应为 2.5 公里。");
        texts.put(DraftParts.SUMMARY, "旅游公路排队 2.5 公里。");
        IssuedDocument corrected = documents.issue(correction, texts, "李文博");
        assertEquals(new DocumentNumber(DocumentKind.DAILY_REPORT, 2026, 1, 2), corrected.documentNumber());
        assertEquals(original.id(), corrected.correctsId());
        String text = PdfText.joined(corrected.pdf());
        assertTrue(text.contains("2026年第1期（更正）"), text);
        assertTrue(text.contains("排队长度应为 2.5 公里"), text);
        assertTrue(documents.list().stream().filter(s -> s.id() == original.id()).findFirst().orElseThrow().corrected());
        assertEquals(IssueRefusedException.Reason.SUPERSEDED, assertThrows(IssueRefusedException.class,
                () -> documents.correctionDraft(original.id(), SampleDesk.OFFICER)).reason());
    }

    @Test
    void aCorrectionThatDoesNotSayWhatItCorrectsIsRefused() {
        IssuedDocument original = issueDaily("概况。");
        Drafted correction = documents.correctionDraft(original.id(), SampleDesk.OFFICER);
        long entries = sample.desk.stores().log().verify().count();
        for (String stated : List.of(correction.draft().text(DraftParts.CORRECTION), "  ")) {
            IssueRefusedException refused = assertThrows(IssueRefusedException.class, () -> documents.issue(correction,
                    Map.of(DraftParts.CORRECTION, stated), SampleDesk.OFFICER));
            assertEquals(IssueRefusedException.Reason.CORRECTION_NOT_STATED, refused.reason());
        }
        assertEquals(1, documents.list().size());
        assertEquals(entries, sample.desk.stores().log().verify().count());
    }

    @Test
    void aFailedRenderLeavesNoDocumentNoLogEntryAndNoUsedNumber() {
        sample.desk.stores().settings().put(DeskSettings.FONT, "/nowhere/simsun.ttc", "王海燕");
        DocumentService withoutFont = sample.documents();
        Drafted drafted = withoutFont.draft(DocumentKind.SUPERIOR_REPORT, SampleDesk.DAY, SampleDesk.OFFICER);
        long entries = sample.desk.stores().log().verify().count();
        FontUnavailableException failed = assertThrows(FontUnavailableException.class,
                () -> withoutFont.issue(drafted, Map.of(), SampleDesk.OFFICER));
        assertTrue(failed.getMessage().contains("/nowhere/simsun.ttc"), failed.getMessage());
        assertTrue(withoutFont.list().isEmpty());
        assertEquals(entries, sample.desk.stores().log().verify().count());

        sample.desk.stores().settings().put(DeskSettings.FONT, "", "王海燕");
        assertEquals(1, withoutFont.issue(drafted, Map.of(), SampleDesk.OFFICER).number(),
                "a font set on the settings screen prints the next document, without a restart");
    }

    @Test
    void theLeadersChecklistIsTheMeasuresInForceNowOnePagePerPositionAndNotNumbered() {
        byte[] pdf = documents.renderChecklist(SampleDesk.OFFICER);
        String text = PdfText.joined(pdf);
        assertTrue(text.contains("石拐区应急响应措施落实情况核查表"), text);
        assertTrue(text.contains("区交管大队大队长"), text);
        assertTrue(text.contains("大型吊车在外地检修"), "the reason a measure cannot be done");
        assertFalse(text.contains("年第"), "the checklist carries no number");
        assertTrue(documents.list().isEmpty(), "nor is it kept");
    }

    @Test
    void issuingTellsTheScreensAndAPastDayCanBeIssuedToo() {
        List<Change> heard = new ArrayList<>();
        sample.changes.subscribe(heard::add);
        sample.clock.advance(Duration.ofDays(1));
        IssuedDocument yesterday = documents.issue(documents.draft(DocumentKind.DAILY_REPORT, SampleDesk.DAY,
                SampleDesk.OFFICER), Map.of(), SampleDesk.OFFICER);
        assertEquals(List.of(Change.DOCUMENTS), heard);
        DraftRecord record = DraftRecord.parse(yesterday.draftJson());
        assertEquals(SampleDesk.DAY, record.reportDay());
        assertEquals(SampleDesk.DAY.plusDays(1).atStartOfDay(SampleDesk.DISTRICT).toInstant(), record.moment());
        assertTrue(PdfText.joined(yesterday.pdf()).contains("2026年1月12日0时至1月13日0时"));
    }
}
