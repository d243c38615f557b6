package cn.shiguai.roaddesk.report.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DocumentNumber;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentRepositoryTest {
    private final Database db = TestDatabases.fresh(TestClock.at("2026-01-12T10:00:00Z"));
    private final DutyLog log = new DutyLog(db);
    private final DocumentRepository documents = new DocumentRepository(db, log);

    @AfterEach
    void close() {
        db.close();
    }

    /** A stand-in render that prints the number it is given, as the real one does. */
    private static DocumentRepository.Rendering pdf(String text) {
        return number -> new DocumentRepository.Rendered("道路交通情况日报",
                ("%PDF-1.7 " + text + " " + number.numberLine()).getBytes(StandardCharsets.UTF_8), "{}");
    }

    @Test
    void documentsAreNumberedPerKindAndYearAndCorrectedByNewVersions() {
        IssuedDocument first = documents.issue(DocumentKind.DAILY_REPORT, 2026, "王值班", pdf("1"));
        IssuedDocument second = documents.issue(DocumentKind.DAILY_REPORT, 2026, "王值班", pdf("2"));
        IssuedDocument notice = documents.issue(DocumentKind.WARNING_NOTICE, 2026, "王值班", pdf("3"));
        IssuedDocument nextYear = documents.issue(DocumentKind.DAILY_REPORT, 2027, "王值班", pdf("4"));
        assertEquals(List.of(1, 2, 1, 1), List.of(first.number(), second.number(), notice.number(), nextYear.number()));
        assertEquals(3, documents.nextNumber(DocumentKind.DAILY_REPORT, 2026));

        IssuedDocument corrected = documents.correct(first.id(), "李值班", pdf("1b"));
        assertEquals(new DocumentNumber(DocumentKind.DAILY_REPORT, 2026, 1, 2), corrected.documentNumber());
        assertEquals(first.id(), corrected.correctsId());
        assertTrue(new String(corrected.pdf(), StandardCharsets.UTF_8).endsWith("2026年第1期（更正）"),
                "the render is given the number it is stored under");
        assertArrayEquals(documents.get(first.id()).orElseThrow().pdf(),
                ("%PDF-1.7 1 2026年第1期").getBytes(StandardCharsets.UTF_8), "the issued version stays as issued");
        assertTrue(corrected.hashMatches());
        assertEquals(3, documents.ofYear(DocumentKind.DAILY_REPORT, 2026).size());
        assertEquals(2, log.concerning(LinkType.DOCUMENT, first.id()).size());
        assertTrue(log.concerning(LinkType.DOCUMENT, first.id()).get(0).text().contains("2026年第1期"));
    }

    @Test
    void theListMarksCorrectedVersionsAndShowsTheNewestFirst() {
        IssuedDocument first = documents.issue(DocumentKind.DAILY_REPORT, 2026, "王值班", pdf("1"));
        documents.issue(DocumentKind.PUBLIC_BULLETIN, 2026, "王值班", pdf("2"));
        IssuedDocument corrected = documents.correct(first.id(), "王值班", pdf("1b"));
        List<IssuedSummary> list = documents.list();
        assertEquals(List.of(corrected.id(), first.id() + 1, first.id()), list.stream().map(IssuedSummary::id).toList());
        assertTrue(list.get(2).corrected());
        assertFalse(list.get(0).corrected());
    }

    @Test
    void onlyTheVersionInForceMayBeCorrected() {
        IssuedDocument first = documents.issue(DocumentKind.DAILY_REPORT, 2026, "王值班", pdf("1"));
        documents.correct(first.id(), "王值班", pdf("1b"));
        IssueRefusedException refused = assertThrows(IssueRefusedException.class,
                () -> documents.correct(first.id(), "王值班", pdf("1c")));
        assertEquals(IssueRefusedException.Reason.SUPERSEDED, refused.reason());
        assertEquals(IssueRefusedException.Reason.NOT_FOUND,
                assertThrows(IssueRefusedException.class, () -> documents.correct(99, "王值班", pdf("x"))).reason());
    }

    @Test
    void aFailedRenderLeavesNoRowNoLogEntryAndNoUsedNumber() {
        long entries = log.verify().count();
        assertThrows(IllegalStateException.class, () -> documents.issue(DocumentKind.DAILY_REPORT, 2026, "王值班",
                number -> {
                    throw new IllegalStateException("字体缺字");
                }));
        assertEquals(List.of(), documents.list());
        assertEquals(entries, log.verify().count());
        assertEquals(1, documents.issue(DocumentKind.DAILY_REPORT, 2026, "王值班", pdf("1")).number());
    }

    @Test
    void concurrentIssuesNeverShareANumber() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> documents.issue(DocumentKind.SUPERIOR_REPORT, 2026, "王值班", pdf("x")));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(1, 2, 3, 4), documents.ofYear(DocumentKind.SUPERIOR_REPORT, 2026).stream()
                .map(s -> s.number().number()).toList());
    }

    @Test
    void anIssuedDocumentCannotBeChanged() {
        IssuedDocument doc = documents.issue(DocumentKind.PUBLIC_BULLETIN, 2026, "王值班", pdf("x"));
        assertThrows(DataAccessException.class, () -> TestDatabases.tamper(db,
                "UPDATE issued_document SET title = 'changed' WHERE id = " + doc.id()));
    }
}
