package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link StoreCopy} reads from a PostgreSQL catalogue: the tables in the order their foreign
 * keys need, their columns (generated ones left out: the server computes them), keys and identity
 * sequences. The server's schema decides, since both engines were migrated to the same version.
 */
final class ServerSchema {

    /** A column to copy and how its value crosses from H2 to PostgreSQL unchanged. */
    record Column(String name, String dataType) {
        /** H2 keeps unquoted names in upper case. */
        String h2Name() {
            return name.toUpperCase(Locale.ROOT);
        }

        void transfer(ResultSet from, int in, PreparedStatement to, int out) throws SQLException {
            switch (dataType) {
                case "timestamp with time zone" -> to.setObject(out, from.getObject(in, OffsetDateTime.class),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                case "date" -> to.setObject(out, from.getObject(in, LocalDate.class), Types.DATE);
                case "bytea" -> to.setBytes(out, from.getBytes(in));
                case "boolean" -> to.setObject(out, from.getObject(in, Boolean.class), Types.BOOLEAN);
                case "bigint" -> to.setObject(out, from.getObject(in, Long.class), Types.BIGINT);
                case "integer", "smallint" -> to.setObject(out, from.getObject(in, Integer.class), Types.INTEGER);
                case "double precision", "real" -> to.setObject(out, from.getObject(in, Double.class), Types.DOUBLE);
                case "numeric" -> to.setBigDecimal(out, from.getBigDecimal(in));
                default -> to.setString(out, from.getString(in));
            }
        }
    }

    private ServerSchema() {
    }

    /** Every table of the schema but Flyway's, each after the tables it references. */
    static List<String> tablesInKeyOrder(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                + "AND table_name <> 'flyway_schema_history'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Set<String>> references = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.relname, r.relname FROM pg_constraint k "
                + "JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid "
                + "WHERE k.contype = 'f' AND t.relnamespace = current_schema()::regnamespace");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    references.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String table : tables) {
            place(table, references, placed, ordered, new ArrayDeque<>());
        }
        return ordered;
    }

    private static void place(String table, Map<String, Set<String>> references, Set<String> placed,
                              List<String> ordered, Deque<String> path) {
        if (placed.contains(table) || path.contains(table)) {
            return;
        }
        path.push(table);
        for (String referenced : new TreeSet<>(references.getOrDefault(table, Set.of()))) {
            place(referenced, references, placed, ordered, path);
        }
        path.pop();
        placed.add(table);
        ordered.add(table);
    }

    static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER' "
                + "ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return columns;
    }

    static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.attname FROM pg_index i "
                + "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                + "WHERE i.indrelid = (SELECT oid FROM pg_class WHERE relname = ? "
                + "AND relnamespace = current_schema()::regnamespace) AND i.indisprimary "
                + "ORDER BY array_position(i.indkey, a.attnum)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
            }
        }
        return key;
    }

    static boolean hasRows(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM \"" + table + "\")");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** A column left out of the first pass, set by key once every row exists. */
    static void copyColumn(Connection from, Connection to, String table, String column) throws SQLException {
        List<String> key = primaryKey(to, table);
        if (key.size() != 1) {
            throw new IllegalStateException(table + " needs a one-column key for a second pass");
        }
        String id = key.get(0);
        try (PreparedStatement read = from.prepareStatement("SELECT \"" + id.toUpperCase(Locale.ROOT) + "\", \""
                + column.toUpperCase(Locale.ROOT) + "\" FROM \"" + table.toUpperCase(Locale.ROOT) + "\" WHERE \""
                + column.toUpperCase(Locale.ROOT) + "\" IS NOT NULL");
             PreparedStatement write = to.prepareStatement("UPDATE \"" + table + "\" SET \"" + column + "\" = ? WHERE \""
                     + id + "\" = ?");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                write.setLong(1, rs.getLong(2));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    /** After rows were written with their keys, the next key of each identity column follows them. */
    static void moveSequencesPastKeys(Connection c) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND is_identity = 'YES'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                identities.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] identity : identities) {
            try (PreparedStatement ps = c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), "
                    + "COALESCE((SELECT MAX(\"" + identity[1] + "\") FROM \"" + identity[0] + "\"), 0) + 1, false)")) {
                ps.setString(1, '"' + identity[0] + '"');
                ps.setString(2, identity[1]);
                ps.execute();
            }
        }
    }
}
