package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void theOptionWinsThenTheEnvironmentThenTheSystemConvention() {
        Map<String, String> env = Map.of("ROADDESK_DATA_DIR", "/srv/roaddesk");
        assertEquals(Path.of("/data/x"), DataDirectory.resolve("/data/x", env, "Linux", "/home/wang").path());
        assertEquals(Path.of("/srv/roaddesk"), DataDirectory.resolve(null, env, "Linux", "/home/wang").path());
        assertEquals(Path.of("/home/wang/.roaddesk"), DataDirectory.resolve(" ", NO_ENV, "Linux", "/home/wang").path());
    }

    @Test
    void followsEachOperatingSystemsConvention() {
        assertEquals(Path.of("/Users/wang/Library/Application Support/RoadDesk"),
                DataDirectory.resolve(null, NO_ENV, "Mac OS X", "/Users/wang").path());
        assertEquals(Path.of("/appdata/RoadDesk"),
                DataDirectory.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", "/home/wang").path());
    }

    @Test
    void isCreatedOnFirstStart(@TempDir Path dir) {
        DataDirectory data = DataDirectory.of(dir.resolve("new").resolve("place")).ensureExists();
        assertTrue(Files.isDirectory(data.backups()));
        assertEquals(dir.resolve("new/place/roaddesk.mv.db"), data.databaseFile());
    }
}
