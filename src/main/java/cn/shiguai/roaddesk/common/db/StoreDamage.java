package cn.shiguai.roaddesk.common.db;

import java.nio.BufferUnderflowException;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Tells a store that cannot read its own file from every other failure. H2 reports a damaged
 * page in several ways — an MVStoreException (file corrupt, chunk or block not found, reading
 * failed), a FILE_CORRUPTED SQL error, an IllegalStateException or a buffer overrun thrown while
 * parsing the page — and often wrapped once or twice; any of them means the file is damaged, and
 * the store must not be written to again in this process.
 */
final class StoreDamage {

    private StoreDamage() {
    }

    static boolean isReadFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MVStoreException mv) {
                int code = mv.getErrorCode();
                if (code == DataUtils.ERROR_FILE_CORRUPT || code == DataUtils.ERROR_READING_FAILED
                        || code == DataUtils.ERROR_CHUNK_NOT_FOUND || code == DataUtils.ERROR_BLOCK_NOT_FOUND
                        || code == DataUtils.ERROR_UNKNOWN_DATA_TYPE || code == DataUtils.ERROR_SERIALIZATION) {
                    return true;
                }
            } else if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            } else if (thrownByTheStore(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isLocked(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MVStoreException mv && mv.getErrorCode() == DataUtils.ERROR_FILE_LOCKED
                    || t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    /**
     * A page that does not parse: thrown from inside H2's store while reading, not by our code.
     * A damaged inner page can also fail one of H2's own {@code assert}s (a child page that is not
     * there) when assertions are on, or the null dereference behind it when they are off.
     */
    private static boolean thrownByTheStore(Throwable t) {
        boolean parsing = t instanceof IllegalStateException || t instanceof BufferUnderflowException
                || t instanceof IndexOutOfBoundsException || t instanceof NegativeArraySizeException
                || t instanceof AssertionError || t instanceof NullPointerException;
        StackTraceElement[] stack = t.getStackTrace();
        return parsing && stack.length > 0 && stack[0].getClassName().startsWith("org.h2.mvstore.");
    }

    /**
     * The refusal of a file the full read could not get through: locked by another RoadDesk, or
     * damaged (whatever kept it from being read), naming the newest backup that verifies.
     */
    static DataAccessException refusal(Throwable failure, DataDirectory directory) {
        if (failure instanceof DataAccessException known) {
            return known;
        }
        if (isLocked(failure)) {
            return new DataAccessException(FailureReason.LOCKED, "store.error.locked", failure, directory.toString());
        }
        return damaged(failure, directory);
    }

    static DataAccessException damaged(Throwable failure, DataDirectory directory) {
        return new DataAccessException(FailureReason.CORRUPT, "store.error.damaged",
                new BackupFiles(directory.backups()).latestVerified().orElse(null), failure, directory.toString());
    }
}
