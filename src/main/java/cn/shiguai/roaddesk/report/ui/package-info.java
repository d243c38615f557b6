/**
 * The documents screen ({@link cn.shiguai.roaddesk.report.ui.DocumentsView} over
 * {@link cn.shiguai.roaddesk.report.ui.DocumentsViewModel}, tested without a toolkit) and
 * {@link cn.shiguai.roaddesk.report.ui.DocumentDesk}, which gives the desk the screen and the
 * leaders' checklist print of the measures screen. Printing and previews reuse
 * {@code report.print}; every read, render and write runs through the desk's task runner.
 */
package cn.shiguai.roaddesk.report.ui;
