package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the choice of store comes from, and what is refused (issue 15, item 1). */
class StoreSettingsTest {
    private static final String URL = "jdbc:postgresql://db.office:5432/roaddesk";
    private static final Map<String, String> SEAT = Map.of("ROADDESK_DB_USER", "roaddesk_app",
            "ROADDESK_DB_PASSWORD", "s3cret");

    @TempDir
    Path dir;

    private DataDirectory directory() {
        return DataDirectory.of(dir);
    }

    private void properties(String text, String rights) throws IOException {
        Path file = dir.resolve("roaddesk.properties");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(rights));
    }

    @Test
    void withNothingSaidTheEmbeddedFileIsTheStore() {
        assertInstanceOf(StoreChoice.Embedded.class, StoreChoice.resolve(null, directory(), SEAT));
    }

    @Test
    void theOptionNamesTheServerAndTheEnvironmentTheRole() {
        StoreChoice.Server server = assertInstanceOf(StoreChoice.Server.class,
                StoreChoice.resolve(URL, directory(), SEAT));
        assertEquals(URL, server.url());
        assertEquals("roaddesk_app", server.seat().user());
        assertEquals("s3cret", server.seat().password());
        assertNull(server.owner());
        assertEquals("db.office:5432/roaddesk", server.where());
        assertEquals(false, server.toString().contains("s3cret"));
    }

    @Test
    void theOptionWinsOverTheFile() throws IOException {
        properties("database.url=jdbc:postgresql://elsewhere/roaddesk\n", "rw-r--r--");
        assertEquals(URL, ((StoreChoice.Server) StoreChoice.resolve(URL, directory(), SEAT)).url());
        assertEquals("jdbc:postgresql://elsewhere/roaddesk",
                ((StoreChoice.Server) StoreChoice.resolve(null, directory(), SEAT)).url());
    }

    @Test
    void anOwnerOnlyFileMayHoldThePasswordsAndTheEnvironmentWins() throws IOException {
        properties("database.url=" + URL + "\ndatabase.user=seat\ndatabase.password=p1\n"
                + "database.owner.user=roaddesk_owner\ndatabase.owner.password=p2\n", "rw-------");
        StoreChoice.Server fromFile = (StoreChoice.Server) StoreChoice.resolve(null, directory(), Map.of());
        assertEquals("seat", fromFile.seat().user());
        assertEquals("p1", fromFile.seat().password());
        assertEquals("roaddesk_owner", fromFile.owner().user());
        StoreChoice.Server fromEnv = (StoreChoice.Server) StoreChoice.resolve(null, directory(), SEAT);
        assertEquals("roaddesk_app", fromEnv.seat().user());
        assertEquals("s3cret", fromEnv.seat().password());
    }

    @Test
    void aPasswordInAFileOthersCanReadIsRefused() throws IOException {
        properties("database.url=" + URL + "\ndatabase.user=seat\ndatabase.password=p1\n", "rw-r--r--");
        DataAccessException e = assertThrows(DataAccessException.class,
                () -> StoreChoice.resolve(null, directory(), Map.of()));
        assertEquals("store.error.server.propertiesOpen", e.messageKey());
        // Without a password in it, the same file may be readable by others.
        properties("database.url=" + URL + "\n", "rw-r--r--");
        assertInstanceOf(StoreChoice.Server.class, StoreChoice.resolve(null, directory(), SEAT));
    }

    @Test
    void credentialsInTheUrlAreRefused() {
        for (String url : new String[]{URL + "?password=x", URL + "?ssl=true&user=postgres"}) {
            DataAccessException e = assertThrows(DataAccessException.class,
                    () -> StoreChoice.resolve(url, directory(), SEAT), url);
            assertEquals("store.error.server.urlCredentials", e.messageKey());
            assertEquals(false, e.getMessage().contains("password=x"));
        }
    }

    @Test
    void onlyAPostgresqlUrlIsTaken() {
        DataAccessException e = assertThrows(DataAccessException.class,
                () -> StoreChoice.resolve("jdbc:h2:/tmp/x", directory(), SEAT));
        assertEquals("store.error.server.url", e.messageKey());
    }

    @Test
    void aServerNeedsARoleAndTheSeatMayNotBeTheOwner() {
        assertEquals("store.error.server.noUser", assertThrows(DataAccessException.class,
                () -> StoreChoice.resolve(URL, directory(), Map.of())).messageKey());
        Map<String, String> same = Map.of("ROADDESK_DB_USER", "roaddesk_owner", "ROADDESK_DB_OWNER_USER", "roaddesk_owner");
        assertEquals("store.error.server.ownerIsSeat", assertThrows(DataAccessException.class,
                () -> StoreChoice.resolve(URL, directory(), same)).messageKey());
    }
}
