package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.common.log.AppLog;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The inbox folder (issue 12 item 4): a station or warning file dropped into it is imported once its size
 * and time have not changed for {@link #STABLE_FOR}, so a file still being written is never
 * read half; a taken file moves to {@code done/}, a refused one to {@code rejected/} with
 * {@code NAME.reason.txt} beside it. When the store fails the file stays where it is and is
 * tried again. {@link #scan()} is one look; {@link InboxWatch} runs it while the window is open.
 */
public final class Inbox {
    public static final Duration STABLE_FOR = Duration.ofSeconds(2);
    public static final String DONE = "done";
    public static final String REJECTED = "rejected";
    static final List<String> INPUT_ENDINGS = List.of(".csv", ".cap", ".xml", ".atom");

    private final Path folder;
    private final FileImport imports;
    private final Clock clock;
    private final Messages messages = RecordLanguage.messages();
    private final Map<Path, Seen> seen = new HashMap<>();

    /** @param clock when a file was last seen changing; a test's clock moves without sleeping */
    public Inbox(Path folder, FileImport imports, Clock clock) {
        this.folder = folder;
        this.imports = imports;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Creates the folder and its two subfolders if they are missing. */
    public Inbox ensureFolders() throws IOException {
        // Owner-only, as everything in the data directory (issue 14, item 7).
        cn.shiguai.roaddesk.common.files.OwnerOnly.createFolders(folder.resolve(DONE));
        cn.shiguai.roaddesk.common.files.OwnerOnly.createFolders(folder.resolve(REJECTED));
        return this;
    }

    private record Seen(long size, FileTime modified, Instant since) { }

    /** One look at the folder: the station files that have been still long enough are imported and moved. */
    public synchronized List<FileReport> scan() {
        List<FileReport> reports = new ArrayList<>();
        Instant now = clock.instant();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(Inbox::isInputFile).sorted().toList();
        } catch (IOException e) {
            AppLog.warning("inbox folder cannot be listed: " + folder + ": " + e.getMessage());
            return reports;
        }
        seen.keySet().retainAll(files);
        for (Path file : files) {
            try {
                long size = Files.size(file);
                FileTime modified = Files.getLastModifiedTime(file);
                Seen before = seen.get(file);
                if (before == null || before.size() != size || !before.modified().equals(modified)) {
                    seen.put(file, new Seen(size, modified, now));
                } else if (!now.isBefore(before.since().plus(STABLE_FOR))) {
                    take(file).ifPresent(reports::add);
                }
            } catch (IOException e) {
                // Gone or locked by the writer meanwhile: looked at again from the start next time.
                seen.remove(file);
            }
        }
        return reports;
    }

    private java.util.Optional<FileReport> take(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        FileReport report;
        try {
            report = imports.importFile(name, bytes, StationImport.Channel.INBOX, DutyLog.SYSTEM_AUTHOR);
        } catch (DataAccessException e) {
            // The store's failure, not the file's: it stays in the inbox and is tried again.
            AppLog.failure("inbox import of " + name, e);
            seen.remove(file);
            return java.util.Optional.empty();
        }
        seen.remove(file);
        if (report.isRejected()) {
            Path moved = moveInto(file, REJECTED);
            List<String> lines = new ArrayList<>();
            lines.add(messages.format("inbox.reason.header", name, report.summary(messages)));
            report.bad().forEach(b -> lines.add(b.sentence(messages)));
            Files.write(moved.resolveSibling(moved.getFileName() + ".reason.txt"), lines, StandardCharsets.UTF_8);
        } else {
            moveInto(file, DONE);
        }
        return java.util.Optional.of(report);
    }

    /** Moves the file into a subfolder under its own name, or NAME-2, NAME-3… when that is taken. */
    private Path moveInto(Path file, String subfolder) throws IOException {
        Path into = Files.createDirectories(folder.resolve(subfolder));
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path target = into.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = into.resolve(dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n);
        }
        return Files.move(file, target);
    }

    /**
     * Station files (.csv) and warning files (.cap, .xml, .atom); which a file is, its content says
     * ({@link FileImports}). Other files, hidden ones and partial downloads (.part, .tmp) are left alone.
     */
    private static boolean isInputFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && !name.startsWith(".") && INPUT_ENDINGS.stream().anyMatch(name::endsWith);
    }
}
