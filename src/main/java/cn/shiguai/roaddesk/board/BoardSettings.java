package cn.shiguai.roaddesk.board;

import java.time.LocalTime;

/**
 * The office's times the board judges by, and how its alerts sound: settings of the office ({@code settings.DeskSettings}).
 *
 * @param staleHours          a point silent longer than this is stale (as on the readings screen)
 * @param measureWaitMinutes  a measure not started this long after its level started waits too long
 * @param dailyReportBy       the daily report is due by this time each day of a response (§九(一))
 * @param superiorsEveryHours a report to superiors is due this often during a response (§五 duty 4)
 * @param sound               whether alerts sound (a shift may still mute them)
 * @param repeatMinutes       an alert not acknowledged is shown again this often
 */
public record BoardSettings(int staleHours, int measureWaitMinutes, LocalTime dailyReportBy, int superiorsEveryHours,
                            boolean sound, int repeatMinutes) {
}
