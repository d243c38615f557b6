package cn.shiguai.roaddesk.common.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Locale;

/**
 * A file the app is about to write, checked and then written so that a reader never sees half
 * of it: the bytes go to a temporary file in the same folder, are forced to disk, and the
 * temporary file is renamed into place in one step. The check is the one rule for every file
 * the app writes (reports, backups, restored copies): never one of the store's own files,
 * however the path reaches it (symbolic links, {@code ..}, a hard link, another letter case),
 * and never over an existing file unless replacing was asked for.
 */
public final class OutputFile {
    private static final int MAX_LINKS = 40;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Path target;
    private final boolean replace;

    private OutputFile(Path target, boolean replace) {
        this.target = target;
        this.replace = replace;
    }

    /**
     * @param storeFiles the files no output may land on (see {@code DataDirectory.storeFiles()})
     * @param replace    whether an existing file may be replaced (the commands' --force)
     */
    public static OutputFile check(Path target, Collection<Path> storeFiles, boolean replace)
            throws OutputRefusedException {
        return check(target, storeFiles, replace, false);
    }

    /** The same, creating the folder the file goes into when it is missing (a backup to a new folder). */
    public static OutputFile checkCreatingFolder(Path target, Collection<Path> storeFiles, boolean replace)
            throws OutputRefusedException, IOException {
        check(target, storeFiles, true, true);
        Files.createDirectories(target.toAbsolutePath().getParent());
        return check(target, storeFiles, replace, false);
    }

    private static OutputFile check(Path target, Collection<Path> storeFiles, boolean replace, boolean folderMayBeMissing)
            throws OutputRefusedException {
        Path absolute = target.toAbsolutePath();
        Path resolved = resolved(absolute);
        for (Path store : storeFiles) {
            if (sameFile(resolved, resolved(store.toAbsolutePath()))) {
                throw new OutputRefusedException(OutputRefusedException.Problem.STORE_FILE, target);
            }
        }
        if (Files.isDirectory(resolved)) {
            throw new OutputRefusedException(OutputRefusedException.Problem.DIRECTORY, target);
        }
        if (!folderMayBeMissing && (resolved.getParent() == null || !Files.isDirectory(resolved.getParent()))) {
            throw new OutputRefusedException(OutputRefusedException.Problem.NO_FOLDER, target);
        }
        if (!replace && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(OutputRefusedException.Problem.EXISTS, target);
        }
        return new OutputFile(absolute, replace);
    }

    public Path target() {
        return target;
    }

    /** Writes the whole file atomically. */
    public void write(byte[] content) throws IOException {
        try (Staged staged = stage(content)) {
            staged.commit();
        }
    }

    /** Writes the bytes to the temporary file only; {@link Staged#commit} puts them in place. */
    public Staged stage(byte[] content) throws IOException {
        Staged staged = new Staged(temporary());
        try {
            try (FileChannel out = FileChannel.open(staged.temp, StandardOpenOption.WRITE)) {
                out.write(java.nio.ByteBuffer.wrap(content));
                out.force(true);
            }
            return staged;
        } catch (IOException | RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /** An empty temporary file beside the target, for a writer that needs a path (H2's BACKUP TO). */
    public Staged stageEmpty() throws IOException {
        return new Staged(temporary());
    }

    /**
     * A new file with the permissions any file made here gets (Files.createTempFile would make it
     * readable by its owner only, and the report or backup renamed from it too).
     */
    private Path temporary() throws IOException {
        String name = target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** The bytes written beside the target, not yet in place; closing without commit removes them. */
    public final class Staged implements AutoCloseable {
        private final Path temp;
        private boolean committed;

        private Staged(Path temp) {
            this.temp = temp;
        }

        public Path path() {
            return temp;
        }

        /** Renames the temporary file onto the target in one step. */
        public void commit() throws IOException {
            if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.FileAlreadyExistsException(target.toString());
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Where a path really leads: its folder with symbolic links and {@code ..} resolved by the
     * file system, and a link in the last place followed too (even to a file not there yet).
     */
    static Path resolved(Path absolute) {
        Path path = absolute;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(path); i++) {
            try {
                Path link = Files.readSymbolicLink(path);
                path = path.getParent() == null ? link : path.getParent().resolve(link);
            } catch (IOException | UnsupportedOperationException e) {
                break;
            }
        }
        Path parent = path.getParent();
        Path name = path.getFileName();
        if (parent == null || name == null) {
            return path.normalize();
        }
        try {
            return parent.toRealPath().resolve(name.toString());
        } catch (IOException e) {
            return path.normalize();
        }
    }

    /** The same file by path, by identity (a hard link) or by name in the same folder in another letter case. */
    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            if (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b)) {
                return true;
            }
        } catch (IOException e) {
            // fall through to the comparison by name
        }
        return a.getParent() != null && a.getParent().equals(b.getParent()) && a.getFileName() != null
                && b.getFileName() != null && a.getFileName().toString().toLowerCase(Locale.ROOT)
                .equals(b.getFileName().toString().toLowerCase(Locale.ROOT));
    }
}
