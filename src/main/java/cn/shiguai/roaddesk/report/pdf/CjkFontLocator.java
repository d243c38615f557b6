package cn.shiguai.roaddesk.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the CJK TrueType font that documents are printed with: the font configured in
 * settings if there is one, else the first usable of the usual system fonts. The parsed font
 * is kept for the life of the locator (one per application), because parsing costs more than
 * a whole render; every render embeds its own subset of it.
 */
public final class CjkFontLocator implements AutoCloseable {
    /** Usual locations, in order of preference: the Windows office fonts, then Debian's. */
    static final List<Path> USUAL_FONT_FILES = List.of(
            Path.of("C:\\Windows\\Fonts\\simsun.ttc"),
            Path.of("C:\\Windows\\Fonts\\msyh.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
    /** Names looked for in other font folders, when the usual locations have nothing. */
    static final List<String> FONT_FILE_NAMES = List.of(
            "simsun.ttc", "msyh.ttc", "simhei.ttf", "wqy-zenhei.ttc", "uming.ttc", "ukai.ttc");
    private static final int SEARCH_DEPTH = 4;

    private final Path configuredFont;
    private final List<Path> usualFiles;
    private final List<Path> searchFolders;
    private final FontFileLoader loader = new FontFileLoader();
    private CjkFont located;

    /** Uses the system fonts only. */
    public CjkFontLocator() {
        this(null);
    }

    /** @param configuredFont the font file set in settings, or null to use the system fonts */
    public CjkFontLocator(Path configuredFont) {
        this(configuredFont, USUAL_FONT_FILES, usualSearchFolders());
    }

    CjkFontLocator(Path configuredFont, List<Path> usualFiles, List<Path> searchFolders) {
        this.configuredFont = configuredFont;
        this.usualFiles = List.copyOf(usualFiles);
        this.searchFolders = List.copyOf(searchFolders);
    }

    /**
     * The font to print with, parsed on the first call and cached. A font configured in
     * settings is used or refused, never silently replaced by another one.
     *
     * @throws FontUnavailableException with a message naming what to install or configure
     */
    public synchronized CjkFont locate() {
        if (located == null) {
            located = configuredFont != null ? loadConfigured() : loadFirstUsable();
        }
        return located;
    }

    private CjkFont loadConfigured() {
        ReportTexts texts = ReportTexts.messages();
        if (!Files.isRegularFile(configuredFont)) {
            throw new FontUnavailableException(texts.format("font.configured.missing", configuredFont));
        }
        try {
            return loader.load(configuredFont);
        } catch (FontRejectedException e) {
            throw new FontUnavailableException(texts.format("font.configured.rejected", e.getMessage()));
        }
    }

    private CjkFont loadFirstUsable() {
        List<String> tried = new ArrayList<>();
        for (Path candidate : candidates()) {
            try {
                return loader.load(candidate);
            } catch (FontRejectedException e) {
                tried.add(e.getMessage());
            }
        }
        ReportTexts texts = ReportTexts.messages();
        String looked = tried.isEmpty() ? texts.format("font.none.nothingFound") : String.join("; ", tried);
        throw new FontUnavailableException(texts.format("font.none", looked));
    }

    private Set<Path> candidates() {
        Set<Path> found = new LinkedHashSet<>();
        for (Path file : usualFiles) {
            if (Files.isRegularFile(file)) {
                found.add(file.toAbsolutePath().normalize());
            }
        }
        for (String name : FONT_FILE_NAMES) {
            for (Path folder : searchFolders) {
                found.addAll(filesNamed(folder, name));
            }
        }
        return found;
    }

    private static List<Path> filesNamed(Path folder, String name) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, SEARCH_DEPTH)) {
            return files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).equals(name))
                    .filter(Files::isRegularFile)
                    .map(file -> file.toAbsolutePath().normalize())
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // an unreadable folder is no reason to fail: the next one may do
        }
    }

    static List<Path> usualSearchFolders() {
        List<Path> folders = new ArrayList<>(List.of(
                Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), Path.of("C:\\Windows\\Fonts")));
        String home = System.getProperty("user.home");
        if (home != null) {
            folders.add(Path.of(home, ".local", "share", "fonts"));
            folders.add(Path.of(home, ".fonts"));
        }
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null) {
            // Windows 10+ installs fonts for one user here, without administrator rights.
            folders.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
        }
        return folders;
    }

    /** Releases the cached font file; the locator finds and parses it again if asked. */
    @Override
    public synchronized void close() throws IOException {
        if (located != null) {
            located.lock().lock();
            try {
                located.close();
            } finally {
                located.lock().unlock();
                located = null;
            }
        }
    }
}
