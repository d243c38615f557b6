package cn.shiguai.roaddesk.dutylog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DutyLogTest {
    private final TestClock clock = TestClock.at("2026-01-12T00:30:00Z"); // 08:30 in Shiguai
    private final Database db = TestDatabases.fresh(clock);
    private final DutyLog log = new DutyLog(db);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void appendsNumberedEntriesThatChainFromGenesis() {
        long first = log.append(LogDraft.of("王值班", LogCategory.PHONE_IN, "交管大队来电：五当召镇旅游公路K12弯道结冰"));
        clock.advance(Duration.ofMinutes(5));
        long second = log.append(LogDraft.of("王值班", LogCategory.NOTE, "已通知交通运输局"));

        assertEquals(1, first);
        assertEquals(2, second);
        LogEntry one = log.get(1).orElseThrow();
        LogEntry two = log.get(2).orElseThrow();
        assertEquals("0".repeat(64), one.prevHash());
        assertEquals(one.hash(), two.prevHash());
        assertEquals(Instant.parse("2026-01-12T00:35:00Z"), two.recordedAt());
        ChainReport report = log.verify();
        assertTrue(report.intact());
        assertEquals(2, report.count());
        assertEquals(two.hash(), report.headHash());
    }

    @Test
    void anEmptyLogIsIntactWithTheGenesisHead() {
        ChainReport report = log.verify();
        assertTrue(report.intact());
        assertEquals(0, report.count());
        assertEquals("0".repeat(64), report.headHash());
    }

    @Test
    void theHashFollowsTheDocumentedEncoding() {
        log.append(LogDraft.of("王值班", LogCategory.ORDER, "启动四级响应").occurredAt(Instant.parse("2026-01-12T00:10:00Z")));
        LogEntry e = log.get(1).orElseThrow();
        byte[] expected = new EntryHash().hash(EntryHash.GENESIS, e.occurredAt(), e.recordedAt(), e.author(),
                e.category(), e.text(), null, List.of());
        assertEquals(EntryHash.hex(expected), e.hash());
    }

    @Test
    void linksAreKeptSortedAndHashed() {
        long seq = db.write(txn -> log.append(txn, LogDraft.of("系统", LogCategory.DECISION, "启动三级响应")
                .concerning(LinkType.EVALUATION, 7).concerning(LinkType.DECISION, 3)));
        LogEntry e = log.get(seq).orElseThrow();
        assertEquals(List.of(LogLink.to(LinkType.DECISION, 3), LogLink.to(LinkType.EVALUATION, 7)), e.links());
        assertEquals(List.of(seq), log.concerning(LinkType.DECISION, 3).stream().map(LogEntry::seq).toList());
        assertTrue(log.verify().intact());
    }

    @Test
    void aCorrectionIsANewEntryAndTheOriginalShowsAsCorrected() {
        long original = log.append(LogDraft.of("王值班", LogCategory.PHONE_IN, "K12 积雪 15 厘米"));
        long correction = log.append(LogDraft.of("王值班", LogCategory.PHONE_IN, "更正：K12 积雪 5 厘米").correcting(original));
        LogEntry first = log.get(original).orElseThrow();
        assertTrue(first.isCorrected());
        assertEquals(correction, first.correctedBySeq());
        assertEquals("K12 积雪 15 厘米", first.text());
        assertEquals(original, log.get(correction).orElseThrow().correctsSeq());
        assertTrue(log.verify().intact());
    }

    @Test
    void aStateChangeAndItsEntryRollBackTogether() {
        log.append(LogDraft.of("王值班", LogCategory.NOTE, "交班"));
        assertThrows(IllegalStateException.class, () -> db.write(txn -> {
            log.append(txn, LogDraft.of("系统", LogCategory.READING, "录入读数"));
            throw new IllegalStateException("the feature failed after appending");
        }));
        assertTrue(log.get(2).isEmpty());
        assertEquals(2, log.append(LogDraft.of("王值班", LogCategory.NOTE, "接班")));
        assertTrue(log.verify().intact());
    }

    @Test
    void appendOutsideAWriteTransactionIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> db.read(c -> log.append(c, LogDraft.of("系统", LogCategory.SYSTEM, "x"))));
    }

    @Test
    void systemCategoriesAreWrittenOnlyByFeatures() {
        assertThrows(IllegalArgumentException.class, () -> log.append(LogDraft.of("王值班", LogCategory.DECISION, "x")));
    }

    @Test
    void triggersRefuseUpdateAndDelete() {
        log.append(LogDraft.of("王值班", LogCategory.NOTE, "交班"));
        DataAccessException e = assertThrows(DataAccessException.class,
                () -> TestDatabases.tamper(db, "UPDATE duty_log SET text = 'x' WHERE seq = 1"));
        assertTrue(e.getCause().getMessage().contains("append-only"), e.getCause().getMessage());
        assertThrows(DataAccessException.class, () -> TestDatabases.tamper(db, "DELETE FROM duty_log WHERE seq = 1"));
        assertTrue(log.verify().intact());
    }

    @Test
    void listsADayOfTheDistrictWithFilters() {
        // 23:50 on the 11th and 00:10 on the 12th, Shiguai time
        log.append(LogDraft.of("李", LogCategory.NOTE, "前一天").occurredAt(Instant.parse("2026-01-11T15:50:00Z")));
        log.append(LogDraft.of("王", LogCategory.PHONE_IN, "当天来电").occurredAt(Instant.parse("2026-01-11T16:10:00Z")));
        log.append(LogDraft.of("李", LogCategory.NOTE, "当天备注").occurredAt(Instant.parse("2026-01-12T15:59:00Z")));
        log.append(LogDraft.of("李", LogCategory.NOTE, "后一天").occurredAt(Instant.parse("2026-01-12T16:00:00Z")));

        assertEquals(List.of("当天来电", "当天备注"), texts(log.day(LocalDate.of(2026, 1, 12))));
        LogQuery day = LogQuery.between(Instant.parse("2026-01-11T16:00:00Z"), Instant.parse("2026-01-12T16:00:00Z"));
        assertEquals(List.of("当天来电"), texts(log.list(day.withCategories(Set.of(LogCategory.PHONE_IN)))));
        assertEquals(List.of("当天备注"), texts(log.list(day.byAuthor("李"))));
        assertEquals(List.of("前一天"), texts(log.list(LogQuery.between(null, null).limit(1))));
    }

    @Test
    void searchFindsChineseWordsInsideTextNewestFirst() {
        log.append(LogDraft.of("王", LogCategory.NOTE, "五当召镇旅游公路封闭"));
        log.append(LogDraft.of("王", LogCategory.NOTE, "石拐街道积雪"));
        log.append(LogDraft.of("王", LogCategory.NOTE, "喜桂图新区道路封闭，车辆排队 3 公里"));
        assertEquals(List.of(3L, 1L), log.search("封闭", 10).stream().map(LogEntry::seq).toList());
        assertEquals(List.of(3L), log.search("封闭", 1).stream().map(LogEntry::seq).toList());
        assertEquals(List.of(), log.search("  ", 10));
        assertEquals(List.of(2L), log.search("100%积雪".substring(4), 10).stream().map(LogEntry::seq).toList());
    }

    @Test
    void exportsEveryEntryInChainOrder() {
        for (int i = 0; i < 12; i++) {
            log.append(LogDraft.of("王", LogCategory.NOTE, "第" + i + "条"));
        }
        List<Long> seen = new java.util.ArrayList<>();
        log.forEachInChainOrder(e -> seen.add(e.seq()));
        assertEquals(12, seen.size());
        assertEquals(1L, seen.get(0));
        assertFalse(seen.contains(13L));
    }

    private static List<String> texts(List<LogEntry> entries) {
        return entries.stream().map(LogEntry::text).toList();
    }
}
