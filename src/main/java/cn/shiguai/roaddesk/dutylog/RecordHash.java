package cn.shiguai.roaddesk.dutylog;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash a log entry keeps of the record it links to: SHA-256, in lower-case hex, of the
 * record's canonical text, UTF-8:
 *
 * <pre>
 * roaddesk-record-1
 * &lt;table&gt;
 * &lt;column&gt;=&lt;value&gt;      one line per column of {@link RecordForms}, in its order
 * &lt;column&gt;              a NULL: the name alone, without '='
 * </pre>
 *
 * Every line ends with a line feed. Values: text as it is, with {@code \} written {@code \\}, a
 * line feed {@code \n} and a carriage return {@code \r}; whole numbers in decimal; floating-point
 * numbers as the exact decimal value of the stored double, without trailing zeros ({@code 12.5},
 * {@code -8}); booleans {@code true}/{@code false}; instants in UTC with six fraction digits as
 * the chain writes them ({@code 2026-01-12T00:30:00.000000Z}); dates {@code 2026-01-12}; binary
 * contents (an issued PDF) as {@code sha256:} and the hex SHA-256 of the bytes, so a swapped PDF
 * is noticed even when its stored {@code sha256} column was swapped with it.
 */
final class RecordHash {
    static final String FORM_TAG = "roaddesk-record-1";
    private static final HexFormat HEX = HexFormat.of();

    private RecordHash() {
    }

    /** The hash of a covered record as it is now; empty for a type not covered or a record not there. */
    static Optional<String> of(Connection c, LinkType type, long id) throws SQLException {
        Optional<RecordForms.Form> form = RecordForms.of(type);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement(form.get().select())) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(hash(form.get(), rs, 1)) : Optional.empty();
            }
        }
    }

    /** Hashes the form's columns of the current row, the first at {@code firstColumn}. */
    static String hash(RecordForms.Form form, ResultSet rs, int firstColumn) throws SQLException {
        return HEX.formatHex(sha256(canonical(form, rs, firstColumn).getBytes(StandardCharsets.UTF_8)));
    }

    static String canonical(RecordForms.Form form, ResultSet rs, int firstColumn) throws SQLException {
        StringBuilder text = new StringBuilder(FORM_TAG).append('\n').append(form.table()).append('\n');
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = form.columns();
        for (int i = 0; i < columns.size(); i++) {
            int column = firstColumn + i;
            String value = value(rs, column, sqlType(meta, column));
            text.append(columns.get(i));
            if (value != null) {
                text.append('=').append(value);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * The column's JDBC type. PostgreSQL's driver reports a TIMESTAMP WITH TIME ZONE column as
     * TIMESTAMP; its type name tells, and the canonical text must not depend on the engine.
     */
    private static int sqlType(ResultSetMetaData meta, int column) throws SQLException {
        int type = meta.getColumnType(column);
        return type == Types.TIMESTAMP && "timestamptz".equalsIgnoreCase(meta.getColumnTypeName(column))
                ? Types.TIMESTAMP_WITH_TIMEZONE : type;
    }

    private static String value(ResultSet rs, int column, int sqlType) throws SQLException {
        switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long v = rs.getLong(column);
                return rs.wasNull() ? null : Long.toString(v);
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double v = rs.getDouble(column);
                return rs.wasNull() ? null : exact(new BigDecimal(v));
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal v = rs.getBigDecimal(column);
                return v == null ? null : exact(v);
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(column);
                return rs.wasNull() ? null : Boolean.toString(v);
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime v = rs.getObject(column, OffsetDateTime.class);
                return v == null ? null : EntryHash.formatTime(v.toInstant());
            }
            case Types.DATE -> {
                LocalDate v = rs.getObject(column, LocalDate.class);
                return v == null ? null : v.toString();
            }
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] v = rs.getBytes(column);
                return v == null ? null : "sha256:" + HEX.formatHex(sha256(v));
            }
            default -> {
                String v = rs.getString(column);
                return v == null ? null : escaped(v);
            }
        }
    }

    private static String exact(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static String escaped(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
