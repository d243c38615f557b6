package cn.shiguai.roaddesk.common.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Tells, without Flyway, that a database already holds exactly this build's migrations: every
 * versioned file under the migration locations has a successful row in Flyway's schema history
 * with the same version, script name and checksum (computed as Flyway does), and the history
 * holds nothing else. Starting Flyway costs about a second in a fresh JVM (its classes, its
 * scan of the class path), which the window and every command paid at each start although the
 * schema rarely changes. Anything this check does not recognise — a new or changed file, a
 * failed or unknown row, a newer database, no history at all — answers "cannot tell", and the
 * caller asks Flyway as before.
 */
final class SchemaHistory {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    private static final String HISTORY_SQL = "SELECT \"version\", \"script\", \"checksum\", \"success\", \"type\" "
            + "FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";

    private record Script(String version, String name, int checksum) { }

    private SchemaHistory() {
    }

    /** The version the database is at when it is up to date with this build; empty when only Flyway can tell. */
    static Optional<String> upToDate(Connection c, List<String> locations) {
        List<Script> scripts;
        try {
            scripts = scripts(locations);
        } catch (IOException | UncheckedIOException | URISyntaxException e) {
            return Optional.empty();
        }
        if (scripts.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Script> applied = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(HISTORY_SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(5);
                if (rs.getBoolean(4) && rs.getString(1) == null && ("TABLE".equals(type) || "SCHEMA".equals(type))) {
                    continue; // Flyway's marker of having created its table or schema, not a migration
                }
                if (!rs.getBoolean(4) || !"SQL".equals(type) || rs.getString(1) == null) {
                    return Optional.empty();
                }
                applied.put(rs.getString(1), new Script(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        } catch (SQLException e) {
            return Optional.empty(); // no history table (a new file), or not readable: Flyway decides
        }
        if (applied.size() != scripts.size()) {
            return Optional.empty();
        }
        String highest = null;
        for (Script s : scripts) {
            if (!s.equals(applied.get(s.version()))) {
                return Optional.empty();
            }
            highest = highest == null || compare(s.version(), highest) > 0 ? s.version() : highest;
        }
        return Optional.ofNullable(highest);
    }

    private static List<Script> scripts(List<String> locations) throws IOException, URISyntaxException {
        List<Script> scripts = new ArrayList<>();
        ClassLoader loader = SchemaHistory.class.getClassLoader();
        for (String location : locations) {
            if (!location.startsWith("classpath:")) {
                throw new IOException("not a class-path location: " + location);
            }
            String folder = location.substring("classpath:".length()).replaceAll("^/+|/+$", "");
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                for (String name : names(roots.nextElement(), folder)) {
                    Matcher m = VERSIONED.matcher(name);
                    if (!m.matches()) {
                        throw new IOException("a migration file of another kind: " + name);
                    }
                    String version = m.group(1).replace('_', '.').replaceFirst("^0+(?=\\d)", "");
                    scripts.add(new Script(version, name, checksum(loader, folder + "/" + name)));
                }
            }
        }
        return scripts;
    }

    /** The file names directly in {@code folder} of a class-path root, a directory or a jar. */
    private static List<String> names(URL root, String folder) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
            }
        } else if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(true);
            JarFile jar = connection.getJarFile();
            String prefix = folder + "/";
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                String entry = e.nextElement().getName();
                if (entry.startsWith(prefix) && entry.length() > prefix.length()
                        && entry.indexOf('/', prefix.length()) < 0) {
                    names.add(entry.substring(prefix.length()));
                }
            }
        } else {
            throw new IOException("a class-path root of another kind: " + root);
        }
        return names;
    }

    /** Flyway's checksum: CRC-32 of the UTF-8 bytes of each line without its line break, a BOM dropped. */
    static int checksum(ClassLoader loader, String resource) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not found: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
            String line = reader.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
