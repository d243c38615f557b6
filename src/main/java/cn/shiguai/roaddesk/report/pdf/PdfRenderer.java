package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.KeyValues;
import cn.shiguai.roaddesk.report.doc.LineChart;
import cn.shiguai.roaddesk.report.doc.PageBreak;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.doc.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a {@link ReportDocument} as an A4 PDF in the layout of Chinese official documents,
 * with the text as real, searchable text in an embedded subset of a CJK font.
 *
 * <p>The same document rendered with the same clock gives the same bytes, so an issued
 * document can be rendered again and compared with the stored copy.
 */
public final class PdfRenderer {
    private static final String CREATOR = "RoadDesk";

    private final CjkFontLocator fonts;
    private final Clock clock;
    private final Consumer<ReplacedGlyphs> replaced;

    /** @param clock gives the PDF's creation date */
    public PdfRenderer(CjkFontLocator fonts, Clock clock) {
        this(fonts, clock, glyphs -> { });
    }

    /** @param replaced told, before the document is written, of characters the font lacks (printed as □) */
    public PdfRenderer(CjkFontLocator fonts, Clock clock, Consumer<ReplacedGlyphs> replaced) {
        this.fonts = fonts;
        this.clock = clock;
        this.replaced = replaced;
    }

    public PdfRenderer(CjkFontLocator fonts) {
        this(fonts, Clock.systemDefaultZone());
    }

    /**
     * Writes the document as PDF to {@code out} (which stays open).
     *
     * Characters the font lacks are printed as □ and reported to the renderer's listener.
     *
     * @throws FontUnavailableException if no usable font is found
     * @throws IOException              if writing to {@code out} fails
     */
    public void render(ReportDocument document, OutputStream out) throws IOException {
        CjkFont font = fonts.locate();
        List<String> texts = DocumentTexts.of(document);
        List<Integer> missing = GlyphCoverage.missing(texts, font);
        if (!missing.isEmpty()) {
            replaced.accept(new ReplacedGlyphs(missing, font.description()));
        }
        font.lock().lock();
        try (PDDocument pdf = new PDDocument()) {
            DocumentFont documentFont = new DocumentFont(pdf, font);
            try (PageFlow flow = new PageFlow(pdf, documentFont)) {
                LetterheadRenderer.render(document, flow);
                List<Block> body = document.body();
                for (int i = 0; i < body.size(); i++) {
                    renderBlock(body.get(i), body.subList(i + 1, body.size()), flow);
                }
            }
            PageDecorations.apply(pdf, documentFont, document);
            describe(pdf, document, texts);
            pdf.save(out);
        } finally {
            font.lock().unlock();
        }
    }

    /** The document as PDF bytes, e.g. to store an issued document or preview it. */
    public byte[] renderToBytes(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    private static void renderBlock(Block block, List<Block> following, PageFlow flow) throws IOException {
        if (block instanceof Heading heading) {
            TextBlockRenderer.heading(heading, following, flow);
        } else if (block instanceof Paragraph paragraph) {
            TextBlockRenderer.paragraph(paragraph, flow);
        } else if (block instanceof KeyValues keyValues) {
            KeyValuesRenderer.render(keyValues, flow);
        } else if (block instanceof Table table) {
            TableRenderer.render(table, flow);
        } else if (block instanceof LineChart chart) {
            LineChartRenderer.render(chart, flow);
        } else if (block instanceof PageBreak) {
            if (!flow.atPageTop()) {
                flow.newPage();
            }
        } else {
            throw new IllegalArgumentException("no renderer for " + block.getClass());
        }
    }

    private void describe(PDDocument pdf, ReportDocument document, List<String> texts) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setSubject(document.number().isEmpty() ? document.title() : document.title() + " " + document.number());
        info.setAuthor(document.issuer());
        info.setCreator(CREATOR);
        info.setProducer(CREATOR + " (Apache PDFBox)");
        info.setCreationDate(GregorianCalendar.from(now));
        info.setModificationDate(GregorianCalendar.from(now));
        pdf.getDocumentCatalog().setLanguage("zh-CN");
        // PDFBox would otherwise derive the file identifier from the current time, and two
        // renders of the same document could never be compared byte for byte.
        byte[] id = fileIdentifier(texts, now);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** A digest of every printed text and the creation time: equal for equal renders only. */
    private static byte[] fileIdentifier(List<String> texts, ZonedDateTime created) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            digest.update(created.toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
