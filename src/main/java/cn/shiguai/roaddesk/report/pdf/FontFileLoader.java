package cn.shiguai.roaddesk.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.FontHeaders;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Opens one font file and checks that PDFBox can embed it for Chinese text. The checks run
 * here, once, so that a bad setting is reported when the font is chosen with a reason the
 * user can act on, instead of as a stack trace from the middle of a render.
 */
final class FontFileLoader {
    /** Characters every usable font must have: Droid Sans Fallback, for one, has no digits. */
    private static final String PROBE = "中文0A";
    private static final int RESTRICTED_LICENSE_EMBEDDING = 0x0002;

    private final ReportTexts texts = ReportTexts.messages();

    CjkFont load(Path path) throws FontRejectedException {
        String magic;
        try (InputStream in = Files.newInputStream(path)) {
            magic = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
        switch (magic) {
            case "OTTO":
                throw new FontRejectedException(texts.format("font.rejected.cff", path));
            case "ttcf":
                return loadCollection(path);
            case "\u0000\u0001\u0000\u0000", "true":
                return loadSingle(path);
            default:
                throw new FontRejectedException(texts.format("font.rejected.format", path));
        }
    }

    /**
     * Reads the cheap name headers of all faces first and parses only the chosen face: parsing
     * every face of WenQuanYi's collection would add about 150 ms to the first report.
     */
    private CjkFont loadCollection(Path path) throws FontRejectedException {
        TrueTypeCollection collection = null;
        try {
            List<FontHeaders> faces = new ArrayList<>();
            TrueTypeCollection.processAllFontHeaders(path.toFile(), faces::add);
            List<String> families = new ArrayList<>();
            for (FontHeaders face : faces) {
                families.add(face.getFontFamily() != null ? face.getFontFamily() : String.valueOf(face.getName()));
            }
            FontHeaders chosen = faces.get(FontFaceChooser.choose(families));
            if (chosen.getError() != null) {
                throw new IOException(chosen.getError());
            }
            collection = new TrueTypeCollection(path.toFile());
            TrueTypeFont face = collection.getFontByName(chosen.getName());
            if (face == null) {
                throw new IOException("face " + chosen.getName() + " not found");
            }
            return accept(path, face, families.get(faces.indexOf(chosen)), collection);
        } catch (IOException | RuntimeException e) {
            closeQuietly(collection);
            throw unreadable(path, e);
        } catch (FontRejectedException e) {
            closeQuietly(collection);
            throw e;
        }
    }

    private CjkFont loadSingle(Path path) throws FontRejectedException {
        TrueTypeFont font = null;
        try {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            return accept(path, font, familyName(font), font);
        } catch (IOException | RuntimeException e) {
            closeQuietly(font);
            throw unreadable(path, e);
        } catch (FontRejectedException e) {
            closeQuietly(font);
            throw e;
        }
    }

    private CjkFont accept(Path path, TrueTypeFont face, String family, java.io.Closeable source)
            throws IOException, FontRejectedException {
        String name = family + " (" + path + ")";
        // Noto CJK and Source Han ship as .ttc too, with CFF outlines inside.
        if (face instanceof OpenTypeFont otf && otf.isPostScript()) {
            throw new FontRejectedException(texts.format("font.rejected.cff", name));
        }
        OS2WindowsMetricsTable os2 = face.getOS2Windows();
        if (os2 != null && (os2.getFsType() & 0x000F) == RESTRICTED_LICENSE_EMBEDDING) {
            throw new FontRejectedException(texts.format("font.rejected.notEmbeddable", name));
        }
        CjkFont font = new CjkFont(path, family, face, source);
        if (!PROBE.codePoints().allMatch(font::hasGlyph)) {
            throw new FontRejectedException(texts.format("font.rejected.notCjk", name));
        }
        return font;
    }

    private static String familyName(TrueTypeFont face) throws IOException {
        NamingTable naming = face.getNaming();
        String family = naming == null ? null : naming.getFontFamily();
        return family != null ? family : face.getName();
    }

    private FontRejectedException unreadable(Path path, Exception cause) {
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        FontRejectedException rejected = new FontRejectedException(texts.format("font.rejected.unreadable", path, reason));
        rejected.initCause(cause);
        return rejected;
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception ignored) {
            // The file is being given up on; the reason it was rejected is what the user needs.
        }
    }
}
