package cn.shiguai.roaddesk.report.pdf;

import java.awt.geom.GeneralPath;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A parsed TrueType CJK font face, kept open and shared by every render of the application:
 * parsing the 17 MB WenQuanYi collection costs far more than laying out a report.
 *
 * <p>FontBox reads glyph data lazily from one shared file handle (seek, then read), which is
 * not safe for concurrent use, so a render holds {@link #lock()} from embedding the font to
 * writing the PDF. Reports are rendered rarely enough that serialising them costs nothing.
 * The tables needed for measuring (cmap, hmtx) are read once here, so width and coverage
 * look-ups are plain reads of in-memory tables.
 */
public final class CjkFont implements GlyphSource {
    private final Path file;
    private final String faceName;
    private final TrueTypeFont trueType;
    private final Closeable source;
    private final CmapLookup cmap;
    private final HorizontalMetricsTable metrics;
    private final float thousandthsPerUnit;
    private final ReentrantLock lock = new ReentrantLock();

    CjkFont(Path file, String faceName, TrueTypeFont trueType, Closeable source) throws IOException {
        this.file = file;
        this.faceName = faceName;
        this.trueType = trueType;
        this.source = source;
        this.cmap = trueType.getUnicodeCmapLookup();
        this.metrics = trueType.getHorizontalMetrics();
        this.thousandthsPerUnit = 1000f / trueType.getUnitsPerEm();
        if (cmap == null || metrics == null) {
            throw new IOException("no Unicode cmap or horizontal metrics table");
        }
    }

    public Path file() {
        return file;
    }

    /** The family name of the face in use, e.g. "WenQuanYi Zen Hei". */
    public String faceName() {
        return faceName;
    }

    @Override
    public String description() {
        return faceName + " (" + file + ")";
    }

    @Override
    public boolean hasGlyph(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /**
     * Advance width in thousandths of the font size, rounded as PDFBox rounds the widths it
     * writes into the PDF, so that measured and printed lines end at the same place.
     */
    int advance(int codePoint) {
        return Math.round(metrics.getAdvanceWidth(cmap.getGlyphId(codePoint)) * thousandthsPerUnit);
    }

    /**
     * The outline of a character's glyph in font units (y up), or an empty path; the caller
     * must hold {@link #lock()}, since glyphs are read from the shared file.
     */
    GeneralPath outline(int codePoint) throws IOException {
        GlyphData glyph = trueType.getGlyph().getGlyph(cmap.getGlyphId(codePoint));
        return glyph == null ? new GeneralPath() : glyph.getPath();
    }

    int unitsPerEm() {
        return Math.round(1000f / thousandthsPerUnit);
    }

    TrueTypeFont trueType() {
        return trueType;
    }

    ReentrantLock lock() {
        return lock;
    }

    void close() throws IOException {
        source.close();
    }
}
