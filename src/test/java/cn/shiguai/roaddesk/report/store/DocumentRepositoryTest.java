package cn.shiguai.roaddesk.report.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import java.nio.charset.StandardCharsets;
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

    private static byte[] pdf(String text) {
        return ("%PDF-1.7 " + text).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void documentsAreNumberedPerKindAndYearAndCorrectedByNewVersions() {
        IssuedDocument first = documents.issue(DocumentKind.DAILY_REPORT, 2026, "道路交通情况日报", "王值班", pdf("1"), "{}");
        IssuedDocument second = documents.issue(DocumentKind.DAILY_REPORT, 2026, "道路交通情况日报", "王值班", pdf("2"), "{}");
        IssuedDocument notice = documents.issue(DocumentKind.WARNING_NOTICE, 2026, "预警通报", "王值班", pdf("3"), null);
        assertEquals(List.of(1, 2, 1), List.of(first.number(), second.number(), notice.number()));

        IssuedDocument corrected = documents.correct(first.id(), "道路交通情况日报（更正）", "李值班", pdf("1b"), "{}");
        assertEquals(1, corrected.number());
        assertEquals(2, corrected.version());
        assertEquals(first.id(), corrected.correctsId());
        assertArrayEquals(pdf("1"), documents.get(first.id()).orElseThrow().pdf(), "the issued version stays as issued");
        assertEquals(DocumentRepository.sha256(pdf("1b")), corrected.sha256());
        assertEquals(3, documents.ofYear(DocumentKind.DAILY_REPORT, 2026).size());
        assertEquals(2, log.concerning(LinkType.DOCUMENT, first.id()).size());
    }

    @Test
    void anIssuedDocumentCannotBeChanged() {
        IssuedDocument doc = documents.issue(DocumentKind.PUBLIC_BULLETIN, 2026, "出行提示", "王值班", pdf("x"), null);
        assertThrows(DataAccessException.class, () -> TestDatabases.tamper(db,
                "UPDATE issued_document SET title = 'changed' WHERE id = " + doc.id()));
    }
}
