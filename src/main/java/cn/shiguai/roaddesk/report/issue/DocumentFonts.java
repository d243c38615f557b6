package cn.shiguai.roaddesk.report.issue;

import cn.shiguai.roaddesk.report.pdf.CjkFontLocator;
import cn.shiguai.roaddesk.settings.DeskSettings;
import cn.shiguai.roaddesk.settings.SettingsRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The font documents are printed with: the file set in the setting {@value DeskSettings#FONT}, else the
 * first usable system font. The setting is read at every use (off the FX thread), so a font
 * chosen on the settings screen prints the next document; the parsed font is kept until then,
 * because parsing a font file of several megabytes costs more than a whole render.
 */
public final class DocumentFonts implements AutoCloseable {
    private final DeskSettings settings;
    private CjkFontLocator locator;
    private Path configuredFor;

    public DocumentFonts(SettingsRepository settings) {
        this.settings = new DeskSettings(settings);
    }

    /** The locator for the font configured now; replaced when the setting has changed. */
    public synchronized CjkFontLocator locator() {
        Path configured = settings.font().orElse(null);
        if (locator == null || !Objects.equals(configured, configuredFor)) {
            closeLocator();
            locator = new CjkFontLocator(configured);
            configuredFor = configured;
        }
        return locator;
    }

    /**
     * Finds and parses the font now, so the first preview does not wait for it.
     *
     * @throws cn.shiguai.roaddesk.report.pdf.FontUnavailableException naming what to install or configure
     */
    public void warmUp() {
        locator().locate();
    }

    @Override
    public synchronized void close() throws IOException {
        if (locator != null) {
            locator.close();
            locator = null;
        }
    }

    private void closeLocator() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
