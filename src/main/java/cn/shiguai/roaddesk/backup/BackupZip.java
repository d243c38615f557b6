package cn.shiguai.roaddesk.backup;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.FailureReason;
import cn.shiguai.roaddesk.common.db.StorePassword;
import cn.shiguai.roaddesk.common.files.OwnerOnly;
import cn.shiguai.roaddesk.dutylog.signed.CheckpointFile;
import cn.shiguai.roaddesk.dutylog.signed.SigningKeys;
import java.util.List;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The zip of a backup, as H2's {@code BACKUP TO} writes it: one entry, the database file. Its
 * entries are checked before anything is extracted — an entry that would land outside the
 * folder it is extracted into ({@code ../../x}, an absolute path, a drive or a backslash) or that
 * is not the database refuses the whole zip — and the database is extracted in one sequential
 * pass. (Opening it in place with {@code jdbc:h2:zip:} re-inflates the zip from its start on
 * every backward seek: 18 minutes at 200,000 entries.)
 */
final class BackupZip {
    static final String DATABASE_ENTRY = DataDirectory.DATABASE_NAME + ".mv.db";
    private static final String KEYS = SigningKeys.FOLDER;

    private BackupZip() {
    }

    /**
     * Extracts the database of {@code zip} into {@code folder} (which must exist and hold no
     * database), after checking every entry name; returns the extracted database file.
     */
    static Path extract(Path zip, Path folder) {
        if (!Files.isRegularFile(zip)) {
            throw new DataAccessException(FailureReason.OTHER, "backup.notFound", null, zip.toString());
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry database = checkedEntries(file, zip, folder);
            Path target = folder.resolve(DATABASE_ENTRY);
            try (InputStream in = file.getInputStream(database)) {
                Files.copy(in, target);
            }
            ZipEntry password = file.getEntry(StorePassword.FILE);
            if (password != null && !password.isDirectory()) {
                // The copy opens with the password of the database it was taken from.
                try (InputStream in = file.getInputStream(password)) {
                    Files.write(OwnerOnly.createFile(folder.resolve(StorePassword.FILE)), in.readAllBytes());
                }
            }
            return target;
        } catch (IOException e) {
            throw new DataAccessException(FailureReason.OTHER, "backup.unreadable", e, zip.toString(), e.getMessage());
        }
    }

    /**
     * Adds the checkpoint file's lines and the users' key files to a backup zip H2 wrote. The zip
     * file system copies the database entry's compressed bytes as they are (no second deflate).
     */
    static void embedCheckpoints(Path zip, byte[] lines, List<Path> keyFiles) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of())) {
            Files.write(fs.getPath(CheckpointFile.ZIP_ENTRY), lines);
            if (!keyFiles.isEmpty()) {
                Files.createDirectories(fs.getPath(KEYS));
                for (Path key : keyFiles) {
                    Files.copy(key, fs.getPath(KEYS, key.getFileName().toString()));
                }
            }
        }
    }

    /**
     * Into a directory just restored: the checkpoints and key files the backup carries, unless the
     * directory has its own, so that its {@code log verify} checks what the backup knew.
     */
    static void extractSideFiles(Path zip, DataDirectory target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !isSideEntry(entry.getName(), entry)
                        || entry.getName().equals(StorePassword.FILE)) {
                    continue;
                }
                Path to = entry.getName().equals(CheckpointFile.ZIP_ENTRY) ? target.backups().resolve(CheckpointFile.NAME)
                        : target.path().resolve(KEYS).resolve(entry.getName().substring(KEYS.length() + 1));
                OwnerOnly.createFolders(to.getParent());
                if (!Files.exists(to)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.write(OwnerOnly.createFile(to), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static boolean isSideEntry(String name, ZipEntry entry) {
        if (entry.isDirectory()) {
            return name.equals(KEYS + "/");
        }
        return name.equals(CheckpointFile.ZIP_ENTRY) || name.equals(StorePassword.FILE)
                || name.startsWith(KEYS + "/") && SigningKeys.isKeyFileName(name.substring(KEYS.length() + 1));
    }

    private static ZipEntry checkedEntries(ZipFile file, Path zip, Path folder) {
        ZipEntry database = null;
        for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (outside(name, folder)) {
                throw new DataAccessException(FailureReason.OTHER, "backup.zip.outside", null, zip.toString(), name);
            }
            if (isSideEntry(name, entry)) {
                continue; // the signed checkpoints and the public keys to check them: see extractSideFiles
            }
            if (!name.equals(DATABASE_ENTRY) || entry.isDirectory()) {
                throw new DataAccessException(FailureReason.OTHER, "backup.zip.unexpected", null, zip.toString(), name);
            }
            database = entry;
        }
        if (database == null) {
            throw new DataAccessException(FailureReason.OTHER, "backup.zip.noDatabase", null, zip.toString());
        }
        return database;
    }

    /** Whether extracting the entry could write anywhere but inside {@code folder}, on any system. */
    static boolean outside(String name, Path folder) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20)) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        Path base = folder.toAbsolutePath().normalize();
        return !base.resolve(name).normalize().startsWith(base);
    }
}
