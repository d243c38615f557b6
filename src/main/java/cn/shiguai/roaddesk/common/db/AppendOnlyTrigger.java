package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses UPDATE and DELETE on the tables that record what happened (named in the
 * migration). A guard against mistakes, not against a determined editor: the duty log's hash
 * chain is what proves rows unaltered.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("table " + table + " is append-only: records are corrected by new entries, "
                + "never changed or deleted", "42000", org.h2.api.ErrorCode.GENERAL_ERROR_1);
    }
}
