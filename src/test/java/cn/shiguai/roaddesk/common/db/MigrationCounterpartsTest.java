package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every H2 migration has a PostgreSQL counterpart of the same version, and no PostgreSQL script
 * stands without one (docs/decisions/0019). Whoever merges a new db/migration/V… script is told
 * here which versions still need a db/migration-postgresql script, all of them at once.
 */
class MigrationCounterpartsTest {
    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__(.+)\\.sql");

    @Test
    void everyH2MigrationHasAPostgresqlCounterpart() throws IOException, URISyntaxException {
        Map<String, String> h2 = versions("db/migration");
        Map<String, String> pg = versions("db/migration-postgresql");
        assertFalse(h2.isEmpty(), "no H2 migrations found on the class path");

        String missing = h2.entrySet().stream().filter(e -> !pg.containsKey(e.getKey()))
                .map(e -> "  V" + e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("\n"));
        assertEquals("", missing, "H2 migrations with no counterpart in src/main/resources/db/migration-postgresql "
                + "(write one of the same version, and grant UPDATE in afterMigrate.sql if the application "
                + "updates a new table):\n" + missing + "\n");

        String orphans = pg.entrySet().stream().filter(e -> !h2.containsKey(e.getKey()))
                .map(e -> "  V" + e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("\n"));
        assertEquals("", orphans, "PostgreSQL migrations with no H2 migration of the same version:\n" + orphans + "\n");
    }

    /** Version (normalised as Flyway compares it: 1_1 is 1.1) to file name. */
    private static Map<String, String> versions(String folder) throws IOException, URISyntaxException {
        URL url = MigrationCounterpartsTest.class.getClassLoader().getResource(folder);
        Map<String, String> found = new TreeMap<>();
        if (url == null) {
            return found;
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path file : files.toList()) {
                Matcher m = VERSIONED.matcher(file.getFileName().toString());
                if (m.matches()) {
                    found.put(m.group(1).replace('_', '.'), file.getFileName().toString());
                }
            }
        }
        return found;
    }
}
