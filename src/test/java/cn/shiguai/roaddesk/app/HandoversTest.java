package cn.shiguai.roaddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.handover.HandoverException;
import cn.shiguai.roaddesk.handover.HandoverNote;
import cn.shiguai.roaddesk.handover.Handovers;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.store.IssueRefusedException;
import cn.shiguai.roaddesk.report.store.IssuedSummary;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Issue 14, item 5 without a display: the summary, the open items, their acknowledgement and the sheet. */
class HandoversTest {
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final TestClock clock = TestClock.at("2026-01-12T10:00:00Z");
    private final Office office = Office.onCallingThread(TestDatabases.fresh(clock), RULES, clock);
    private final Handovers handovers = office.handovers();
    private final Actor incoming = new Actor("赵晓东", Role.DUTY_OFFICER);

    {
        // 12 cm at 08:00 and now 18:00: level III recommended with none in force, and a point gone quiet.
        office.readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-7.0).build()), "李春梅");
    }

    private HandoverNote handOver() {
        office.seat().signIn(new Actor("李春梅", Role.DUTY_OFFICER));
        HandoverNote note = handovers.handOver("K12 弯道临时管制仍在执行，交警 19 时前回报");
        office.seat().lock();
        return note;
    }

    private List<String> texts() {
        return office.stores().log().day(DAY).stream().map(LogEntry::text).toList();
    }

    @Test
    void theOutgoingSummaryIsLoggedWithEveryItemOpenAndWaitsForTheNextOfficer() {
        List<String> open = handovers.openItems();
        assertTrue(open.size() >= 2, "the recommendation and the quiet point: " + open);
        HandoverNote note = handOver();
        assertEquals(open, note.openItems());
        assertEquals("值班员 李春梅", note.outgoing());
        assertEquals(Optional.of(note.id()), handovers.pending().map(HandoverNote::id));
        String entry = texts().get(texts().size() - 1);
        assertTrue(entry.startsWith("值班员 李春梅 交班。交班摘要：K12 弯道临时管制仍在执行，交警 19 时前回报。交班时未结事项 "
                + open.size() + " 项：1. " + open.get(0)), entry);
    }

    @Test
    void takingOverNeedsEveryOpenItemAcknowledged() {
        HandoverNote note = handOver();
        List<String> open = handovers.openItems();
        HandoverException refused = assertThrows(HandoverException.class,
                () -> handovers.takeOver(incoming, Optional.of(note), open.subList(1, open.size()), ""));
        assertEquals("请逐项勾选确认全部未结事项，再确认接班", refused.getMessage());
        assertTrue(handovers.pending().isPresent(), "nothing was taken over");
        assertTrue(office.documents().list().isEmpty(), "no sheet was filed");
    }

    @Test
    void itemsThatChangedWhileTheIncomingOfficerReadAreAcknowledgedAgain() {
        HandoverNote note = handOver();
        List<String> shown = new ArrayList<>(handovers.openItems());
        // The stale points' waits grow by the hour: the list worded an hour later is another.
        clock.advance(Duration.ofHours(1));
        HandoverException refused = assertThrows(HandoverException.class,
                () -> handovers.takeOver(incoming, Optional.of(note), shown, ""));
        assertEquals("未结事项已有变化，请按新的清单重新逐项确认", refused.getMessage());
    }

    @Test
    void takingOverIsLoggedAndFilesTheSheetWithBothNamesAndEveryItem() throws Exception {
        HandoverNote note = handOver();
        clock.advance(Duration.ofMinutes(12));
        List<String> open = handovers.openItems();
        String number = handovers.takeOver(incoming, Optional.of(note), open, "");
        assertEquals("2026年第1期", number);
        assertTrue(handovers.pending().isEmpty(), "the note is taken over");
        String entry = texts().get(texts().size() - 1);
        assertTrue(texts().stream().anyMatch(t -> t.startsWith("值班员 赵晓东 接班，逐项确认未结事项 " + open.size()
                + " 项：1. " + open.get(0))), entry);
        assertTrue(texts().stream().anyMatch(t -> t.startsWith("存档「石拐区恶劣天气道路交通应急值守交接班记录」2026年第1期")),
                "filed, not 印发: " + texts());
        List<IssuedSummary> filed = office.documents().list();
        assertEquals(1, filed.size());
        assertEquals(DocumentKind.HANDOVER_SHEET, filed.get(0).kind());
        byte[] pdf = office.documents().get(filed.get(0).id()).pdf();
        try (PDDocument sheet = Loader.loadPDF(pdf)) {
            assertEquals(1, sheet.getNumberOfPages(), "the sheet fits one A4 page");
            String text = new PDFTextStripper().getText(sheet).replaceAll("\\s+", "");
            assertTrue(text.contains("交接班记录"), text);
            assertTrue(text.contains("值班员李春梅") && text.contains("值班员赵晓东"), text);
            assertTrue(text.contains("K12弯道临时管制仍在执行"), text);
            assertTrue(text.contains(open.get(0).replaceAll("\\s+", "")), text);
            assertTrue(text.contains("值班日志共"), "the log's seal in the footer: " + text);
        }
    }

    @Test
    void aSheetIsARecordOfTheDeskNotADocumentToCorrect() {
        HandoverNote note = handOver();
        handovers.takeOver(incoming, Optional.of(note), handovers.openItems(), "");
        long id = office.documents().list().get(0).id();
        office.seat().signIn(incoming);
        IssueRefusedException refused = assertThrows(IssueRefusedException.class,
                () -> office.documents().correctionDraft(id, "赵晓东"));
        assertEquals(IssueRefusedException.Reason.NOT_DRAFTED, refused.reason());
    }

    @Test
    void anOfficerWhoLeftNoNoteIsTakenOverFromWhatWasSaid() {
        handovers.takeOver(incoming, Optional.empty(), handovers.openItems(), "当面交接：白狐沟积雪待复核");
        assertTrue(handovers.pending().isEmpty());
        assertEquals(1, office.documents().list().size());
    }
}
