package cn.shiguai.roaddesk.common.db;

import java.sql.SQLException;

/**
 * Turns PostgreSQL's SQLSTATE codes into the reasons the user is told about, as
 * {@link SqlFailures} does for H2's error codes. A server that cannot be reached, a sign-in that
 * fails and a right the seat's role lacks each get a sentence of their own: the office fixes
 * them in different places.
 */
final class ServerFailures {

    static final String UNREACHABLE = "store.error.server.unreachable";

    private ServerFailures() {
    }

    static DataAccessException translate(Throwable failure, String where) {
        if (failure instanceof DataAccessException known) {
            return known;
        }
        Throwable root = DatabaseOpener.rootSqlCause(failure);
        String state = root instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
        String line = firstLine(root);
        if (state.startsWith("23")) {
            return new DataAccessException(FailureReason.CONSTRAINT, "store.error.constraint", failure, line);
        }
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("3D000") || state.equals("53300")) {
            return new DataAccessException(FailureReason.OTHER, UNREACHABLE, failure, where, line);
        }
        if (state.startsWith("28")) {
            return new DataAccessException(FailureReason.OTHER, "store.error.server.signIn", failure, where, line);
        }
        if (state.equals("42501")) {
            return new DataAccessException(FailureReason.OTHER, "store.error.server.denied", failure, where, line);
        }
        if (state.equals("25006")) {
            return new DataAccessException(FailureReason.READ_ONLY, "store.error.server.readOnly", failure, where);
        }
        if (state.equals("53100")) {
            return new DataAccessException(FailureReason.DISK_FULL, "store.error.server.diskFull", failure, where);
        }
        return new DataAccessException(FailureReason.OTHER, "store.error.server.other", failure, where, line);
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
