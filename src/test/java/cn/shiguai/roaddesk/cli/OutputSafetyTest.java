package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, findings 2 and 6: output never lands on the store, never replaces a file unasked,
 * and a document is issued only if its PDF was written.
 */
class OutputSafetyTest {
    private static final String DAY = "2026-01-12";

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private CliRun run(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--data-dir", data().toString()), Stream.of(args)).toArray(String[]::new));
    }

    /** Every way a path can name the live database file or its siblings. */
    private List<Path> storePaths() throws IOException {
        Path db = data().resolve("roaddesk.mv.db");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), db);
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("folder-link"), data());
        Path hardLink = dir.resolve("hard.pdf");
        Files.createLink(hardLink, db);
        return List.of(db, data().resolve("backups").resolve("..").resolve("roaddesk.mv.db"), link,
                linkedFolder.resolve("roaddesk.mv.db"), hardLink, data().resolve("ROADDESK.MV.DB"),
                data().resolve("roaddesk.trace.db"), data().resolve("roaddesk.lock.db"),
                Files.createSymbolicLink(dir.resolve("dangling.pdf"), data().resolve("roaddesk.trace.db")));
    }

    @Test
    void reportAndBackupNeverWriteOverTheStore() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, run("log", "add", "记录 " + i).status());
        }
        byte[] before = Files.readAllBytes(data().resolve("roaddesk.mv.db"));
        for (Path target : storePaths()) {
            for (String[] command : new String[][] {
                {"report", "daily", "--date", DAY, "--out", target.toString()},
                {"report", "daily", "--date", DAY, "--out", target.toString(), "--force"},
                {"backup", target.toString()},
                {"backup", target.toString(), "--force"}}) {
                CliRun refused = run(command);
                String said = refused.out() + refused.err();
                assertEquals(2, refused.status(), String.join(" ", command) + ": " + said);
                assertTrue(said.contains("数据库自身的文件"), said);
                assertArrayEquals(before, Files.readAllBytes(data().resolve("roaddesk.mv.db")),
                        String.join(" ", command) + " changed the database");
                assertFalse(Files.exists(data().resolve("roaddesk.trace.db")), "nothing written beside it either");
            }
        }
        CliRun verify = run("log", "verify");
        assertEquals(0, verify.status(), verify.err());
        assertTrue(verify.err().contains("共 3 条"), verify.err());
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Path mine = Files.writeString(dir.resolve("日报.pdf"), "同事的文件");
        CliRun refused = run("report", "daily", "--date", DAY, "--out", mine.toString());
        assertEquals(2, refused.status(), refused.err());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("同事的文件", Files.readString(mine));
        Path zip = Files.writeString(dir.resolve("copy.zip"), "另一份文件");
        assertEquals(2, run("backup", zip.toString()).status());
        assertEquals("另一份文件", Files.readString(zip));

        CliRun forced = run("report", "daily", "--date", DAY, "--out", mine.toString(), "--force");
        assertEquals(0, forced.status(), forced.err());
        assertTrue(Files.readString(mine, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(mine),
                "readable as any file made there, not by its owner only");
    }

    @Test
    void aDocumentIsIssuedOnlyIfItsPdfIsWritten() throws IOException {
        Path folder = unwritableFolder();
        CliRun failed = run("report", "daily", "--date", DAY, "--out", folder.resolve("日报.pdf").toString(), "--issue",
                "--by", "王海燕");
        String said = failed.out() + failed.err();
        assertTrue(failed.status() != 0, said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
        try (Database db = Database.open(DataDirectory.of(data()), Clock.systemUTC())) {
            assertEquals(0L, (long) db.read(c -> TestDatabases.count(c, "issued_document")), "nothing issued");
            assertEquals(0L, (long) db.read(c -> TestDatabases.count(c, "duty_log WHERE category = 'DOCUMENT'")));
        }
        CliRun retry = run("report", "daily", "--date", DAY, "--out", dir.resolve("日报.pdf").toString(), "--issue",
                "--by", "王海燕");
        assertEquals(0, retry.status(), retry.err());
        assertTrue(retry.out().contains(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "年第1期"), retry.out());
    }

    /**
     * A folder nobody can create a file in. Tests may run as root, whom permissions do not stop;
     * Linux's /proc refuses new files to everyone.
     */
    private Path unwritableFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("只读"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return Path.of("/proc/self/fdinfo");
        } catch (IOException expected) {
            return folder;
        }
    }
}
