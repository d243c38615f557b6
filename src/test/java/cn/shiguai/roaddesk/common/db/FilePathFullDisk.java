package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that fills up: H2's files under the {@code fulldisk:} scheme are plain files until the
 * byte budget is spent, then every write fails as a full disk does ("No space left on
 * device"), writing nothing. Set the budget to simulate the moment the disk fills.
 */
public final class FilePathFullDisk extends FilePathWrapper {
    static final String SCHEME = "fulldisk";
    private static final AtomicLong BUDGET = new AtomicLong(Long.MAX_VALUE);

    static void register() {
        FilePath.register(new FilePathFullDisk());
    }

    static void allowBytes(long bytes) {
        BUDGET.set(bytes);
    }

    static void unlimited() {
        BUDGET.set(Long.MAX_VALUE);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FullDiskChannel(getBase().open(mode));
    }

    private static final class FullDiskChannel extends FileBase {
        private final FileChannel base;

        FullDiskChannel(FileChannel base) {
            this.base = base;
        }

        private static void spend(int bytes) throws IOException {
            if (BUDGET.addAndGet(-bytes) < 0) {
                BUDGET.addAndGet(bytes);
                throw new IOException("No space left on device");
            }
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
        public int write(ByteBuffer src) throws IOException {
            spend(src.remaining());
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            spend(src.remaining());
            return base.write(src, position);
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
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
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
