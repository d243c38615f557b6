package cn.shiguai.roaddesk.dutylog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The canonical text of a record is the documented one, byte for byte: hashes stored today must match tomorrow. */
class RecordHashTest {
    private final TestClock clock = TestClock.at("2026-01-12T00:30:00Z");
    private final Database db = TestDatabases.fresh(clock);
    private final DutyLog log = new DutyLog(db);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aReadingsCanonicalTextIsTheDocumentedOne() throws Exception {
        long id = db.write(txn -> {
            long location = TestDatabases.insertLocation(txn, "五当召镇 旅游公路 K12 弯道");
            try (PreparedStatement ps = cn.shiguai.roaddesk.common.db.Jdbc.insert(txn, "INSERT INTO reading (location_id, "
                    + "observed_at, recorded_at, source, entered_by, snow_depth_cm, road_icing, air_temp_c, note) VALUES "
                    + "(?, TIMESTAMP WITH TIME ZONE '2026-01-12 08:00:00+08', TIMESTAMP WITH TIME ZONE '2026-01-12 00:31:00.5+00', "
                    + "'MANUAL', '王海燕', 12.5, TRUE, -7, ?)")) {
                ps.setLong(1, location);
                ps.setString(2, "第一行\n第二行 \\ 完");
                ps.executeUpdate();
                return cn.shiguai.roaddesk.common.db.Jdbc.generatedId(ps);
            }
        });
        String expected = "roaddesk-record-1\nreading\nid=" + id + "\nlocation_id=1\nobserved_at=2026-01-12T00:00:00.000000Z\n"
                + "recorded_at=2026-01-12T00:31:00.500000Z\nsource=MANUAL\nsource_ref\nentered_by=王海燕\n"
                + "snow_depth_cm=12.5\nroad_ice_thickness_cm\nroad_icing=true\nfreezing_phenomenon\n"
                + "accretion_diameter_mm\nair_temp_c=-7\nnote=第一行\\n第二行 \\\\ 完\nreplaces_id\n";
        RecordForms.Form form = RecordForms.of(LinkType.READING).orElseThrow();
        String canonical = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(form.select())) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return RecordHash.canonical(form, rs, 1);
                }
            }
        });
        assertEquals(expected, canonical);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(expected.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha, db.read(c -> RecordHash.of(c, LinkType.READING, id)).orElseThrow());

        long seq = db.write(txn -> log.append(txn, LogDraft.of("王海燕", LogCategory.READING, "读数")
                .concerning(LinkType.READING, id)));
        LogEntry entry = log.get(seq).orElseThrow();
        assertEquals(sha, entry.recordHashes().get(LogLink.to(LinkType.READING, id)));
        assertTrue(log.verify().intact());
        assertTrue(log.verifyRecords().intact());
        assertEquals(1, log.verifyRecords().checked());
    }

    @Test
    void anEntryWithoutRecordsHashesAsBefore() {
        // A link to a record that is not there (or of a kind not covered) keeps format 1.
        long seq = db.write(txn -> log.append(txn, LogDraft.of("王值班", LogCategory.NOTE, "记录")
                .concerning(LinkType.READING, 99).concerning(LinkType.LOCATION, 1)));
        LogEntry entry = log.get(seq).orElseThrow();
        assertEquals(java.util.Map.of(), entry.recordHashes());
        byte[] formatOne = new EntryHash().hash(EntryHash.GENESIS, entry.occurredAt(), entry.recordedAt(), entry.author(),
                entry.category(), entry.text(), null, entry.links());
        assertEquals(EntryHash.hex(formatOne), entry.hash());
        byte[] formatTwo = new EntryHash().hash(EntryHash.GENESIS, entry.occurredAt(), entry.recordedAt(), entry.author(),
                entry.category(), entry.text(), null, entry.links(), null, java.util.Arrays.asList("ab", null));
        assertNotEquals(EntryHash.hex(formatOne), EntryHash.hex(formatTwo));
    }
}
