package cn.shiguai.roaddesk.report.issue;

import cn.shiguai.roaddesk.report.pdf.CjkFontLocator;
import cn.shiguai.roaddesk.settings.SettingsRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The font documents are printed with: the file set in the setting {@value #SETTING}, else the
 * first usable system font. Built on first use, off the FX thread (it reads the setting and
 * parses a font file of several megabytes), then kept for the life of the application.
 */
public final class DocumentFonts implements AutoCloseable {
    /** The setting naming a TrueType font file; blank or absent means the system fonts. */
    public static final String SETTING = "report.font";

    private final SettingsRepository settings;
    private CjkFontLocator locator;

    public DocumentFonts(SettingsRepository settings) {
        this.settings = settings;
    }

    public synchronized CjkFontLocator locator() {
        if (locator == null) {
            Optional<Path> configured = settings.get(SETTING).filter(s -> !s.isBlank()).map(s -> Path.of(s.strip()));
            locator = new CjkFontLocator(configured.orElse(null));
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
        }
    }
}
