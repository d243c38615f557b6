package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.i18n.LocalizedException;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.MonitoringPoints;
import cn.shiguai.roaddesk.weather.ReadingBatch;
import cn.shiguai.roaddesk.weather.ReadingOrigin;
import cn.shiguai.roaddesk.weather.ReadingRecord;
import cn.shiguai.roaddesk.weather.ReadingService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Takes a station readings file whole or not at all. Every row is checked first — values,
 * point names, rows that contradict each other — and one bad row refuses the file with a report
 * of all of them. A taken file is kept in one transaction through the reading service: a row
 * already stored with the same values is skipped, one stored with other values is a correction
 * of it; then one duty-log entry says what was taken. A refusal is logged too.
 */
public final class StationImport implements FileImport {
    /** Where a file came from, as the duty log says it: a text key (import.source.*). */
    public enum Channel {
        COMMAND_LINE("import.source.commandLine"), INBOX("import.source.inbox"), HTTP("import.source.http");

        private final String textKey;

        Channel(String textKey) {
            this.textKey = textKey;
        }

        /** The text key of the channel's name in the record (import.source.*). */
        public String textKey() {
            return textKey;
        }
    }


    private final ReadingService readings;
    private final MonitoringPoints points;
    private final Database database;
    private final DutyLog log;
    private final ChangeBus changes;
    private final StationCsv csv;

    public StationImport(ReadingService readings, MonitoringPoints points, Database database, DutyLog log,
                         ChangeBus changes, ZoneId zone, Clock clock) {
        this.readings = readings;
        this.points = points;
        this.database = database;
        this.log = log;
        this.changes = changes;
        this.csv = new StationCsv(zone, clock);
    }

    /** @param file the file's name (no folder): it becomes the readings' source and is named in the log */
    @Override
    public ImportReport importFile(String file, byte[] bytes, Channel channel, String by) {
        StationCsv.Parsed parsed = csv.parse(bytes);
        List<BadRow> bad = new ArrayList<>(parsed.bad());
        Plan plan = bad.isEmpty() ? plan(parsed.rows(), bad) : null;
        if (!bad.isEmpty()) {
            return refuse(ImportReport.rejected(file, bad), channel, by);
        }
        try {
            return readings.importBatch(batch -> apply(batch, plan, file, channel, by));
        } catch (LocalizedException e) {
            // Something changed between the check and the write (a point retired meanwhile): nothing was kept.
            return refuse(ImportReport.rejected(file, List.of(new BadRow(0, "", "", e))), channel, by);
        }
    }

    /** The rows to keep, each at its point's current name, and each day's mean; bad rows are added to {@code bad}. */
    private Plan plan(List<StationRow> rows, List<BadRow> bad) {
        PointCheck names = new PointCheck(points.list());
        Map<String, StationRow> byPointAndTime = new LinkedHashMap<>();
        Map<LocalDate, StationRow> means = new LinkedHashMap<>();
        int repeated = 0;
        for (StationRow given : rows) {
            StationRow row = names.check(given, bad).orElse(null);
            if (row == null) {
                continue;
            }
            Observation o = row.observation();
            if (row.dailyMeanTempC() != null) {
                StationRow earlier = means.putIfAbsent(o.time().toLocalDate(), row);
                if (earlier != null && !same(earlier.dailyMeanTempC(), row.dailyMeanTempC())) {
                    bad.add(BadRow.of(row.line(), StationColumn.DAILY_MEAN.header(), row.dailyMeanTempC().toString(),
                            "import.problem.meanTwice", String.valueOf(earlier.line())));
                }
            }
            if (!o.hasAnyMeasurement()) {
                continue;
            }
            StationRow earlier = byPointAndTime.putIfAbsent(o.location() + "\u0000" + o.time(), row);
            if (earlier != null) {
                if (sameValues(earlier.observation(), o)) {
                    repeated++;
                } else {
                    bad.add(BadRow.of(row.line(), StationColumn.LOCATION.header(), given.observation().location(),
                            "import.problem.twice", String.valueOf(earlier.line())));
                }
            }
        }
        return new Plan(List.copyOf(byPointAndTime.values()), means, repeated);
    }

    private record Plan(List<StationRow> readings, Map<LocalDate, StationRow> means, int repeated) { }

    private ImportReport apply(ReadingBatch batch, Plan plan, String file, Channel channel, String by) {
        ReadingOrigin origin = ReadingOrigin.file(file);
        int taken = 0;
        int skipped = plan.repeated();
        int corrected = 0;
        List<Long> saved = new java.util.ArrayList<>();
        for (StationRow row : plan.readings()) {
            Observation o = row.observation();
            List<ReadingRecord> standing = batch.standingAt(o.location(), o.time());
            if (standing.stream().anyMatch(r -> sameValues(r.draft().observation(), o))) {
                skipped++;
            } else if (!standing.isEmpty()) {
                batch.correct(standing.get(0).id(), row.draft(), RecordLanguage.text("import.log.correction",
                        Printable.escape(file), String.valueOf(row.line())), by, origin);
                corrected++;
            } else {
                saved.add(batch.save(row.draft(), by, origin).id());
                taken++;
            }
        }
        int means = 0;
        for (Map.Entry<LocalDate, StationRow> e : plan.means().entrySet()) {
            Double now = batch.meanOf(e.getKey()).orElse(null);
            double given = e.getValue().dailyMeanTempC();
            if (now == null || !same(now, given)) {
                batch.enterMean(e.getKey(), given, by, now == null ? null : RecordLanguage.text("import.log.correction",
                        Printable.escape(file), String.valueOf(e.getValue().line())));
                means++;
            }
        }
        ImportReport report = new ImportReport(file, taken, skipped, corrected, means, List.of());
        LogDraft entry = LogDraft.of(by, LogCategory.READING, RecordLanguage.text("import.log.taken",
                RecordLanguage.text(channel.textKey), Printable.escape(file), String.valueOf(taken),
                String.valueOf(skipped), String.valueOf(corrected), String.valueOf(means)));
        // One entry for the file, linking (and so hashing into the chain) every reading it took.
        batch.log(entry.concerningAll(cn.shiguai.roaddesk.dutylog.LinkType.READING, saved));
        return report;
    }

    private ImportReport refuse(ImportReport report, Channel channel, String by) {
        LogDraft entry = RefusalEntry.of(by, LogCategory.READING, "import.log.rejected", channel, report);
        database.write(txn -> log.append(txn, entry));
        changes.publish(Change.LOG);
        return report;
    }

    /** Same time and measured values; where the name came from does not matter. */
    static boolean sameValues(Observation a, Observation b) {
        return Objects.equals(a.time(), b.time()) && same(a.snowDepthCm(), b.snowDepthCm())
                && same(a.roadIceThicknessCm(), b.roadIceThicknessCm()) && Objects.equals(a.roadIcing(), b.roadIcing())
                && a.freezingPhenomenon() == b.freezingPhenomenon()
                && same(a.accretionDiameterMm(), b.accretionDiameterMm()) && same(a.airTempC(), b.airTempC());
    }

    /** By value, so that -0 and 0 are the same reading. */
    private static boolean same(Double a, Double b) {
        return a == null ? b == null : b != null && a.doubleValue() == b.doubleValue();
    }
}
