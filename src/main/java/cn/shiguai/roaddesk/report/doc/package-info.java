/**
 * The document model of the office's official documents (daily report, warning notice,
 * public bulletin, report to superiors): immutable records that report assembly fills from
 * data, with no knowledge of how they are printed.
 *
 * <pre>{@code
 * ReportDocument report = new ReportDocument(
 *         "石拐区恶劣天气交通应急处置工作领导小组应急办公室", "石拐区道路交通情况日报",
 *         "2026年第3期", "2026年1月12日",
 *         List.of(Heading.chapter("一、总体情况"),
 *                 new Paragraph("…"),
 *                 KeyValues.of(KeyValues.entry("当前响应", "二级（重大）")),
 *                 new Table(List.of("编号", "措施", "状态"),
 *                         List.of(Table.row(Emphasis.ALERT, "II.12", "…", "无法完成")),
 *                         new float[] {1, 5, 1.2f})),
 *         "值班日志 1234 条 · 链头 ab12…", null);
 * }</pre>
 *
 * Depends on nothing but {@code java.base} (an ArchUnit test keeps it so).
 */
package cn.shiguai.roaddesk.report.doc;
