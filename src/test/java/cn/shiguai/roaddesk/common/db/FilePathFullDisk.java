package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that fills up: H2's files under the {@code fulldisk:} scheme are plain files on a disk
 * with a given free space. As on a real disk, a file takes space only as it grows (overwriting
 * its own bytes costs nothing), gives it back when truncated, deleted or replaced, and a write
 * that does not fit writes what fits and then fails ("No space left on device"). Set the free
 * space to simulate the moment the disk fills.
 */
public final class FilePathFullDisk extends FilePathWrapper {
    static final String SCHEME = "fulldisk";
    private static final Object DISK = new Object();
    private static long free = Long.MAX_VALUE;

    static void register() {
        FilePath.register(new FilePathFullDisk());
    }

    /** The disk has {@code bytes} free from now on. */
    static void allowBytes(long bytes) {
        synchronized (DISK) {
            free = bytes;
        }
    }

    static void unlimited() {
        allowBytes(Long.MAX_VALUE);
    }

    /** What is still free, for the code that asks the disk before it compacts. */
    static long freeBytes() {
        synchronized (DISK) {
            return free;
        }
    }

    private static void giveBack(long bytes) {
        synchronized (DISK) {
            if (free != Long.MAX_VALUE && bytes > 0) {
                free += bytes;
            }
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FullDiskChannel(getBase().open(mode));
    }

    @Override
    public void delete() {
        long size = getBase().exists() ? getBase().size() : 0;
        super.delete();
        giveBack(size);
    }

    @Override
    public void moveTo(FilePath newName, boolean atomicReplace) {
        FilePath target = newName instanceof FilePathWrapper wrapper ? wrapper.unwrap() : newName;
        long replaced = target.exists() ? target.size() : 0;
        super.moveTo(newName, atomicReplace);
        giveBack(replaced);
    }

    private static final class FullDiskChannel extends FileBase {
        private final FileChannel base;

        FullDiskChannel(FileChannel base) {
            this.base = base;
        }

        /** How many of the {@code wanted} bytes at {@code position} fit; takes the space they grow the file by. */
        private int fitting(long position, int wanted) throws IOException {
            synchronized (DISK) {
                long size = base.size();
                long growth = Math.max(0, position + wanted - size);
                long fits = growth <= free ? wanted : wanted - (growth - free);
                if (fits <= 0 && wanted > 0) {
                    throw new IOException("No space left on device");
                }
                if (free != Long.MAX_VALUE) {
                    free -= Math.max(0, position + fits - size);
                }
                return (int) fits;
            }
        }

        private static ByteBuffer first(ByteBuffer src, int bytes) {
            ByteBuffer part = src.duplicate();
            part.limit(part.position() + bytes);
            return part;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public synchronized int write(ByteBuffer src) throws IOException {
            int written = base.write(first(src, fitting(base.position(), src.remaining())));
            src.position(src.position() + written);
            return written;
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            int written = base.write(first(src, fitting(position, src.remaining())), position);
            src.position(src.position() + written);
            return written;
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public synchronized FileChannel truncate(long size) throws IOException {
            long before = base.size();
            base.truncate(size);
            giveBack(before - base.size());
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public java.nio.channels.FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
