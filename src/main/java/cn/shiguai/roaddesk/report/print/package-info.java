/**
 * Printing an issued document exactly as issued: the stored PDF's pages as pictures at the
 * printer's resolution, through the JavaFX printing API, with printer choice, page setup and a
 * preview. {@link cn.shiguai.roaddesk.report.print.PrintViewModel} holds the decisions (no
 * printer: say so and offer the PDF) and is tested without a toolkit;
 * {@link cn.shiguai.roaddesk.report.print.PrintWindow} and
 * {@link cn.shiguai.roaddesk.report.print.PreviewWindow} are its thin views.
 *
 * <pre>{@code
 * PrintViewModel model = new PrintViewModel(storedPdf, "石拐区道路交通情况日报 2026年第3期",
 *         PageImages.of(storedPdf), new FxPrinterAccess(() -> window), taskRunner, messages);
 * PrintWindow.show(model, name, messages, window);
 * }</pre>
 */
package cn.shiguai.roaddesk.report.print;
