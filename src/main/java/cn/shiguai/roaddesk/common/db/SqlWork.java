package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of work on one connection. Given to {@link Database#write} it runs in one
 * transaction; it must not commit, roll back or close the connection itself.
 */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
