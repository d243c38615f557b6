package cn.shiguai.roaddesk.common.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the user who runs the desk may read (issue 14, item 7): 0700 folders and 0600
 * files where the file system is POSIX. Elsewhere (Windows) the data directory sits in the
 * user's profile, whose access list already keeps other users out, and nothing is set.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    public static boolean posix() {
        return POSIX;
    }

    /** Creates the folder and any missing parent owner-only; an existing folder is left as it is. */
    public static Path createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            createFolders(parent);
        }
        try {
            if (POSIX) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                // The umask may have taken bits away from what was asked; never added any.
                Files.setPosixFilePermissions(folder, FOLDER);
            } else {
                Files.createDirectory(folder);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Made meanwhile by another process of the same user: as good.
        }
        return folder;
    }

    /** A new empty file, owner-only from its first byte (never created readable and narrowed afterwards). */
    public static Path createFile(Path file) throws IOException {
        return POSIX ? Files.createFile(file, fileAttribute()) : Files.createFile(file);
    }

    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {fileAttribute()} : new FileAttribute<?>[0];
    }

    /** Narrows an existing file or folder to its owner, e.g. one H2 created with the umask's bits. */
    public static void restrict(Path path) throws IOException {
        if (POSIX && Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /**
     * Narrows a folder and everything in it (symbolic links are not followed): the files H2 and
     * the logging write with the process's umask, and any left by an older version.
     */
    public static void restrictTree(Path root) throws IOException {
        if (!POSIX || !Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                try {
                    restrict(p);
                } catch (java.nio.file.NoSuchFileException e) {
                    // Gone meanwhile (a temporary file renamed or removed): nothing left to protect.
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> fileAttribute() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }
}
