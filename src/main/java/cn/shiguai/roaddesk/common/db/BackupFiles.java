package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Names and finds the backup files of a data directory. A backup is the zip written by H2's
 * {@code BACKUP TO}, named {@code <kind>-yyyyMMdd-HHmmss.zip} in the district's local time so
 * that names sort by age and a person can read them. While it is written and verified it has
 * a temporary name that does not end in {@code .zip}, so it is never listed before it verified.
 */
public final class BackupFiles {
    public static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Why a backup was taken; the prefix of its file name. */
    public enum Kind {
        AUTO("auto"), MANUAL("manual"), PRE_MIGRATION("pre-migration");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    private final Path folder;

    public BackupFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** A fresh name for a backup of this kind taken now; never one that exists. */
    public Path newFile(Kind kind, Clock clock) {
        String stamp = LocalDateTime.now(clock.withZone(DISTRICT_ZONE)).format(STAMP);
        Path candidate = folder.resolve(kind.prefix() + "-" + stamp + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(kind.prefix() + "-" + stamp + "-" + n + ".zip");
        }
        return candidate;
    }

    /** All backups, oldest first. */
    public List<Path> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(BackupFiles::modified).thenComparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Path> all(Kind kind) {
        return all().stream().filter(p -> p.getFileName().toString().startsWith(kind.prefix() + "-")).toList();
    }

    public Optional<Path> latest() {
        List<Path> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * The newest backup that verified and is still the file that verified (see
     * {@link BackupManifest}): the only one ever offered for a restore. Newer zips without a
     * manifest (a backup killed half-way) or with one that no longer matches are passed over.
     */
    public Optional<Path> latestVerified() {
        List<Path> all;
        try {
            all = all();
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (BackupManifest.verifies(all.get(i))) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
