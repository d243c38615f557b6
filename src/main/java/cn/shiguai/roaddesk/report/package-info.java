/**
 * Report assembly: the office's documents drafted from what the store knows. Pure Java (an
 * ArchUnit test keeps it so): the store fills a {@link cn.shiguai.roaddesk.report.SituationSnapshot}
 * (response in force, the day's {@link cn.shiguai.roaddesk.rules.Evaluation}, latest readings,
 * 72 h {@link cn.shiguai.roaddesk.weather.Trend}s, traffic reports, {@link cn.shiguai.roaddesk.report.MeasureLine}s,
 * notable {@link cn.shiguai.roaddesk.report.LogLine}s, the duty log's {@link cn.shiguai.roaddesk.report.LogSeal}),
 * {@link cn.shiguai.roaddesk.report.Reports} drafts the free-text parts and assembles a
 * {@link cn.shiguai.roaddesk.report.doc.ReportDocument}, and {@code report.pdf} prints it.
 *
 * <pre>{@code
 * Reports reports = new Reports(new ReportContext(IssuingOffice.SHIGUAI, ruleSet, catalogue, roster));
 * DocumentDraft draft = reports.draft(DocumentKind.DAILY_REPORT, snapshot);   // shown in the window, edited
 * ReportDocument preview = reports.assemble(DocumentKind.DAILY_REPORT, snapshot, draft, Issuance.draft(today));
 * // at issue the store assigns the number, then keeps the PDF and draft.texts():
 * ReportDocument issued = reports.assemble(DocumentKind.DAILY_REPORT, snapshot, draft,
 *         Issuance.issued(today, DocumentNumber.first(DocumentKind.DAILY_REPORT, 2026, n)));
 * }</pre>
 *
 * The documents' wording is {@code i18n/report-document.properties}, Chinese only; what the
 * window shows (kind names, part labels) is in the {@code i18n/report} bundles.
 */
package cn.shiguai.roaddesk.report;
