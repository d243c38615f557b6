/**
 * PDF output of {@link cn.shiguai.roaddesk.report.doc.ReportDocument}s.
 *
 * <p>One {@link cn.shiguai.roaddesk.report.pdf.CjkFontLocator} per application (it caches the
 * parsed font; calling {@code locate()} once at start-up, off the FX thread, takes the font
 * load out of the first report), one {@link cn.shiguai.roaddesk.report.pdf.PdfRenderer} over
 * it, and {@link cn.shiguai.roaddesk.report.pdf.PdfPageImages} for previews:
 *
 * <pre>{@code
 * CjkFontLocator fonts = new CjkFontLocator(settings.pdfFont());   // null: system fonts
 * PdfRenderer renderer = new PdfRenderer(fonts, clock);
 * byte[] pdf = renderer.renderToBytes(report);                      // not on the FX thread
 * BufferedImage preview = PdfPageImages.render(pdf, 0, 96);
 * }</pre>
 *
 * Failures are {@link cn.shiguai.roaddesk.report.pdf.ReportRenderingException}s whose message
 * is for the user (from {@code i18n/report}): no usable font. Characters the font lacks are
 * printed as □ and reported as {@link cn.shiguai.roaddesk.report.pdf.ReplacedGlyphs}.
 */
package cn.shiguai.roaddesk.report.pdf;
