package cn.shiguai.roaddesk.common.db;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns H2's error codes into the reasons the user is told about. */
final class SqlFailures {

    private SqlFailures() {
    }

    /**
     * @param where the data directory (or the name of an in-memory database), named in the messages
     * @param latestBackup offered when the file is damaged; may be null
     */
    static DataAccessException translate(Throwable failure, String where, Path latestBackup) {
        if (failure instanceof DataAccessException known) {
            return known;
        }
        int code = failure instanceof SQLException sql ? sql.getErrorCode() : -1;
        if (mentions(failure, "No space left on device") || mentions(failure, "There is not enough space")) {
            return new DataAccessException(FailureReason.DISK_FULL, "store.error.diskFull", failure, where);
        }
        switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new DataAccessException(FailureReason.LOCKED, "store.error.locked", failure, where);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                return new DataAccessException(FailureReason.CORRUPT, "store.error.damaged", latestBackup, failure,
                        where);
            case ErrorCode.DATABASE_IS_READ_ONLY:
                return new DataAccessException(FailureReason.READ_ONLY, "store.error.readOnly", failure, where);
            case ErrorCode.DUPLICATE_KEY_1:
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1:
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1:
            case ErrorCode.CHECK_CONSTRAINT_VIOLATED_1:
            case ErrorCode.NULL_NOT_ALLOWED:
            case ErrorCode.VALUE_TOO_LONG_2:
                return new DataAccessException(FailureReason.CONSTRAINT, "store.error.constraint", failure,
                        firstLine(failure));
            default:
                if (mentions(failure, "read only") || mentions(failure, "Read-only file system")) {
                    return new DataAccessException(FailureReason.READ_ONLY, "store.error.readOnly", failure, where);
                }
                return new DataAccessException(FailureReason.OTHER, "store.error.other", failure, where,
                        firstLine(failure));
        }
    }

    private static boolean mentions(Throwable failure, String text) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
