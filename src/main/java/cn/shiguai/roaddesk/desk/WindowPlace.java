package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.common.log.AppLog;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;

/**
 * Where this seat's window was: its size and place, kept in {@code window.properties} in the
 * data directory (a seat's, not the office's: it is not in the database). A place that no
 * screen shows any more (a laptop undocked from its second monitor) is not restored.
 */
record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    static final String FILE = "window.properties";
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;

    /** The place read from the file, if there is one and it is whole. */
    static Optional<WindowPlace> read(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new WindowPlace(Double.parseDouble(p.getProperty("x")),
                    Double.parseDouble(p.getProperty("y")), Double.parseDouble(p.getProperty("width")),
                    Double.parseDouble(p.getProperty("height")), Boolean.parseBoolean(p.getProperty("maximized"))));
        } catch (IOException | RuntimeException e) {
            // A damaged file costs the window its place, never the start.
            AppLog.failure("the window's place could not be read from " + file, e);
            return Optional.empty();
        }
    }

    /** Writes the place through a temporary file, so a killed process never leaves half of it. */
    void write(Path directory) {
        Properties p = new Properties();
        p.setProperty("x", String.valueOf(x));
        p.setProperty("y", String.valueOf(y));
        p.setProperty("width", String.valueOf(width));
        p.setProperty("height", String.valueOf(height));
        p.setProperty("maximized", String.valueOf(maximized));
        Path file = directory.resolve(FILE);
        Path temporary = directory.resolve(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(out, "RoadDesk window of this seat");
        } catch (IOException e) {
            AppLog.failure("the window's place could not be saved to " + file, e);
            return;
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            AppLog.failure("the window's place could not be saved to " + file, e);
        }
    }

    /**
     * The place to use on these screens: the remembered one when its title bar is on a screen,
     * no smaller than the window's minimum and no larger than that screen.
     */
    Optional<WindowPlace> fitting(List<Rectangle2D> screens) {
        for (Rectangle2D screen : screens) {
            // The top 40 px hold the title bar: the window can be grabbed and moved if that shows.
            if (screen.intersects(x, y, Math.max(width, 1), 40)) {
                double w = Math.min(Math.max(width, MIN_WIDTH), screen.getWidth());
                double h = Math.min(Math.max(height, MIN_HEIGHT), screen.getHeight());
                double left = Math.min(Math.max(x, screen.getMinX()), screen.getMaxX() - w);
                double top = Math.min(Math.max(y, screen.getMinY()), screen.getMaxY() - h);
                return Optional.of(new WindowPlace(left, top, w, h, maximized));
            }
        }
        return Optional.empty();
    }
}
