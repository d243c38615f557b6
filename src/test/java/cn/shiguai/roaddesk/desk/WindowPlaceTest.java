package cn.shiguai.roaddesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlaceTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D SECOND = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void aPlaceIsKeptAcrossAWriteAndARead(@TempDir Path dir) {
        new WindowPlace(1500, 40, 1600, 900, true).write(dir);
        assertEquals(Optional.of(new WindowPlace(1500, 40, 1600, 900, true)), WindowPlace.read(dir));
        assertTrue(Files.notExists(dir.resolve(WindowPlace.FILE + ".tmp")), "the temporary file is moved into place");
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsNotRestored() {
        WindowPlace onTheSecondMonitor = new WindowPlace(1500, 40, 1600, 900, false);
        assertEquals(Optional.empty(), onTheSecondMonitor.fitting(List.of(LAPTOP)));
        assertEquals(Optional.of(onTheSecondMonitor), onTheSecondMonitor.fitting(List.of(LAPTOP, SECOND)));
    }

    @Test
    void aPlaceIsShrunkToItsScreenAndNeverBelowTheMinimum() {
        assertEquals(Optional.of(new WindowPlace(0, 0, 1366, 728, false)),
                new WindowPlace(100, 20, 1800, 1000, false).fitting(List.of(LAPTOP)));
        assertEquals(Optional.of(new WindowPlace(10, 10, 1024, 700, false)),
                new WindowPlace(10, 10, 400, 300, false).fitting(List.of(LAPTOP)));
    }

    @Test
    void aDamagedFileCostsOnlyThePlace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(WindowPlace.FILE), "x=left\nwidth=");
        assertEquals(Optional.empty(), WindowPlace.read(dir));
        assertEquals(Optional.empty(), WindowPlace.read(dir.resolve("none")));
    }
}
