package cn.shiguai.roaddesk.bench;

import cn.shiguai.roaddesk.backup.BackupCheck;
import cn.shiguai.roaddesk.backup.BackupVerifier;
import cn.shiguai.roaddesk.backup.Backups;
import cn.shiguai.roaddesk.backup.RestoreBackup;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.StoreCheck;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The backup and start-check benchmark (bench/backup-bench.sh): on a desk's database of a
 * million log entries, the full read the opener does before the first write, and a backup
 * with its verification (BACKUP TO, extraction, full read, chain) and a restore.
 */
public final class BackupBench {
    private static final int DAYS = 730;

    private BackupBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean temporary = args.length == 0;
        Path dir = temporary ? Files.createTempDirectory("roaddesk-backup-bench") : Path.of(args[0]);
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        DataDirectory data = DataDirectory.of(dir);
        System.out.printf("data directory %s, %d cores%n", dir, Runtime.getRuntime().availableProcessors());
        if (!data.hasDatabase()) {
            fill(data, entries);
        }
        System.out.printf("database file: %.1f MB%n", Files.size(data.databaseFile()) / 1e6);

        long t = System.nanoTime();
        StoreCheck.Result check = StoreCheck.run(data);
        System.out.printf("start check (every page of every map, header version, SQL open, first row of %d "
                + "tables): %.1f s, %,d pages%n", check.tables(), seconds(t), check.pages());

        t = System.nanoTime();
        try (Database db = Database.open(data, Clock.systemUTC(), Database.Mode.WRITE)) {
            System.out.printf("open for writing (check + schema inspection + migrations): %.1f s%n", seconds(t));
            DutyLog log = new DutyLog(db);
            t = System.nanoTime();
            System.out.printf("log verify: %s in %.1f s%n", log.verify().count(), seconds(t));

            Path scratch = Files.createTempDirectory(dir, "phases");
            Path zip = scratch.resolve("phase.zip");
            t = System.nanoTime();
            db.backupTo(zip);
            System.out.printf("  BACKUP TO alone: %.1f s, zip %.1f MB%n", seconds(t), Files.size(zip) / 1e6);
            t = System.nanoTime();
            BackupCheck phase = BackupVerifier.verifyZip(zip, scratch);
            System.out.printf("  verification alone (extract, full read, chain of %,d): %.1f s%n",
                    phase.chain().count(), seconds(t));
            delete(scratch);

            t = System.nanoTime();
            BackupCheck backup = new Backups(db, log).backup();
            System.out.printf("backup + verification + manifest (target <= 60 s): %.1f s, verified %s, %s%n",
                    seconds(t), backup.verified(), backup.file().getFileName());

            Path target = Files.createTempDirectory(dir, "restored");
            t = System.nanoTime();
            BackupCheck restored = RestoreBackup.restore(backup.file(), DataDirectory.of(target.resolve("desk")));
            System.out.printf("restore + verification: %.1f s, verified %s%n", seconds(t), restored.verified());
            delete(target);
        }
        Path copy = Files.createTempDirectory(dir, "copy");
        Files.copy(data.databaseFile(), copy.resolve(data.databaseFile().getFileName()));
        alterOnCopy(copy);
        delete(copy);
        if (temporary) {
            delete(dir);
        }
    }

    private static void fill(DataDirectory data, int entries) {
        long t = System.nanoTime();
        try (Database db = Database.open(data, Clock.systemUTC())) {
            Filler filler = new Filler(db, LocalDate.of(2025, 1, 1), DAYS);
            filler.readings(200_000);
            filler.logEntries(entries);
        }
        System.out.printf("fill: %,d log entries, 200,000 readings, closed as the window closes: %.0f s%n", entries,
                seconds(t));
    }

    /** Widening a column of a filled log, as migration 1.1 does once: measured on a copy, never the desk's file. */
    static void alterOnCopy(Path dir) throws Exception {
        try (Database db = Database.open(DataDirectory.of(dir), Clock.systemUTC(), Database.Mode.WRITE)) {
            long t = System.nanoTime();
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "ALTER TABLE duty_log ALTER COLUMN text SET DATA TYPE VARCHAR(8001)")) {
                    ps.execute();
                }
                return null;
            });
            System.out.printf("widening duty_log.text: %.1f s%n", seconds(t));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
