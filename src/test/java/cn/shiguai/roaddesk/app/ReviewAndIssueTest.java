package cn.shiguai.roaddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.NotPermittedException;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.issue.DocumentService;
import cn.shiguai.roaddesk.report.issue.Drafted;
import cn.shiguai.roaddesk.report.store.IssuedDocument;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Issue 14, item 3: 拟稿 by an officer, 送审, 签发 by the director with the officer's texts; the lines printed. */
class ReviewAndIssueTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final TestClock clock = TestClock.at("2026-01-12T10:00:00Z");
    private final Office office = Office.onCallingThread(TestDatabases.fresh(clock), new RuleSetLoader().loadDefault(),
            clock);
    private final DocumentService documents = office.documents();

    @Test
    void anOfficersDraftSentForReviewIsIssuedByTheDirectorWithBothNames() throws Exception {
        office.seat().signIn(new Actor("王海燕", Role.DUTY_OFFICER));
        Drafted drafted = documents.draft(DocumentKind.DAILY_REPORT, DAY, "王海燕");
        Map<String, String> texts = new LinkedHashMap<>(drafted.draft().texts());
        String key = texts.keySet().iterator().next();
        texts.put(key, "全区道路总体通行正常，五当召旅游公路 K12 弯道临时管制。");
        assertThrows(NotPermittedException.class, () -> documents.issue(drafted, texts, "王海燕"),
                "a duty officer does not 签发");
        documents.sendForReview(drafted, texts);
        assertEquals(1, documents.awaitingReview().size());
        assertTrue(office.handovers().openItems().stream().anyMatch(i -> i.startsWith("待签发：道路交通情况日报（2026年1月12日），王海燕 于 ")),
                "the next officer is told it waits: " + office.handovers().openItems());
        List<LogEntry> day = office.stores().log().day(DAY);
        assertEquals("值班员 王海燕 将道路交通情况日报（2026年1月12日）草稿送审，待主任或领导小组签发",
                day.get(day.size() - 1).text());

        clock.advance(Duration.ofMinutes(20));
        office.seat().signIn(new Actor("刘雪峰", Role.DIRECTOR));
        Drafted taken = documents.draft(DocumentKind.DAILY_REPORT, DAY, "刘雪峰");
        assertTrue(taken.review().isPresent(), "the director takes up the draft sent");
        assertEquals("全区道路总体通行正常，五当召旅游公路 K12 弯道临时管制。", taken.draft().texts().get(key));
        assertEquals("王海燕", taken.snapshot().compiledBy(), "the drafter stays the drafter");
        IssuedDocument issued = documents.issue(taken, taken.draft().texts(), "刘雪峰");
        assertTrue(documents.awaitingReview().isEmpty(), "issued, the review is settled");
        try (PDDocument pdf = Loader.loadPDF(issued.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("拟稿：王海燕"), text);
            assertTrue(text.contains("签发：刘雪峰（1月12日18时20分）"), text);
            assertTrue(text.contains("五当召旅游公路K12弯道临时管制"), text);
        }
    }

    @Test
    void aDraftNotSentIsDraftedAfreshAndIssuedByALeader() {
        office.seat().signIn(new Actor("张占良", Role.LEADER));
        Drafted drafted = documents.draft(DocumentKind.DAILY_REPORT, DAY, "张占良");
        assertTrue(drafted.review().isEmpty());
        assertEquals("张占良", documents.issue(drafted, drafted.draft().texts(), "张占良").issuedBy());
    }

    @Test
    void aSecondSeatsDraftDoesNotReplaceOneSentMeanwhile() {
        office.seat().signIn(new Actor("王海燕", Role.DUTY_OFFICER));
        Drafted first = documents.draft(DocumentKind.DAILY_REPORT, DAY, "王海燕");
        Drafted second = documents.draft(DocumentKind.DAILY_REPORT, DAY, "王海燕");
        documents.sendForReview(first, first.draft().texts());
        cn.shiguai.roaddesk.report.store.IssueRefusedException refused = assertThrows(
                cn.shiguai.roaddesk.report.store.IssueRefusedException.class,
                () -> documents.sendForReview(second, second.draft().texts()));
        assertEquals(cn.shiguai.roaddesk.report.store.IssueRefusedException.Reason.REVIEW_SENT_MEANWHILE, refused.reason());
        // Drafted again, the draft sent is loaded; sent again from it, it replaces the one it came from.
        Drafted taken = documents.draft(DocumentKind.DAILY_REPORT, DAY, "王海燕");
        assertTrue(taken.review().isPresent());
        documents.sendForReview(taken, taken.draft().texts());
        assertEquals(1, documents.awaitingReview().size());
    }
}
