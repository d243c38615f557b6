package cn.shiguai.roaddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, item 7: a document printed or saved is logged — who, what, where — at the moment it happened. */
class OutputsLoggedTest {
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void printsAndSavesAreEntriesInWords() {
        try (Office office = Office.onCallingThread(TestDatabases.fresh(clock), RULES, clock)) {
            office.seat().signIn(new Actor("liuxf", Role.DIRECTOR, "刘雪峰"));
            office.documents().recordPrinted("石拐区道路交通情况日报 2026年第3期", "HP LaserJet 应急办", 6);
            office.documents().recordSaved("石拐区道路交通情况日报 2026年第3期", Path.of("/home/zhuren/日报.pdf"));
            List<LogEntry> day = office.stores().log().day(LocalDate.of(2026, 1, 12));
            LogEntry printed = day.get(day.size() - 2);
            LogEntry saved = day.get(day.size() - 1);
            assertEquals("应急办主任 刘雪峰 打印了「石拐区道路交通情况日报 2026年第3期」，共 6 页，打印机 HP LaserJet 应急办",
                    printed.text());
            assertEquals("刘雪峰", printed.author());
            assertEquals(LogCategory.DOCUMENT, printed.category());
            assertEquals(clock.instant(), printed.occurredAt());
            assertEquals("应急办主任 刘雪峰 将「石拐区道路交通情况日报 2026年第3期」存为 PDF 文件 /home/zhuren/日报.pdf", saved.text());
        }
    }
}
