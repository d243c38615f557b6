package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.report.doc.Emphasis;
import cn.shiguai.roaddesk.report.doc.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of the response in force, by position: the full table of the daily report, the
 * per-position counts of the report to superiors, and the one-line tally.
 */
final class MeasureTables {
    private static final float[] BY_POSITION_WIDTHS = {2.3f, 0.9f, 2.9f, 1.0f, 3.3f};
    private static final float[] COUNT_WIDTHS = {3.2f, 1.1f, 0.8f, 0.9f, 0.9f, 0.9f, 1.0f};

    private final DocumentLanguage language;

    MeasureTables(DocumentLanguage language) {
        this.language = language;
    }

    /** Lines grouped by position, positions in the order their first line comes (the roster's). */
    static Map<String, List<MeasureLine>> byPosition(List<MeasureLine> lines) {
        Map<String, List<MeasureLine>> grouped = new LinkedHashMap<>();
        lines.forEach(line -> grouped.computeIfAbsent(line.positionKey(), k -> new ArrayList<>()).add(line));
        return grouped;
    }

    static Map<MeasureStatus, Integer> tally(List<MeasureLine> lines) {
        Map<MeasureStatus, Integer> counts = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            counts.put(status, 0);
        }
        lines.forEach(line -> counts.merge(line.status(), 1, Integer::sum));
        return counts;
    }

    static Emphasis emphasis(MeasureStatus status) {
        return switch (status) {
            case DONE -> Emphasis.POSITIVE;
            case IN_PROGRESS -> Emphasis.NOTICE;
            case NOT_STARTED -> Emphasis.NONE;
            case CANNOT -> Emphasis.ALERT;
            case CANCELLED -> Emphasis.NONE;
        };
    }

    /**
     * What a document says where it has no measures: no response in force, or (a report of a
     * past moment whose level has changed since) the measures of that moment are no longer at hand.
     */
    String noMeasuresSentence(SituationSnapshot snapshot) {
        return language.get(snapshot.response().isPresent() ? "daily.measures.notAtHand" : "daily.measures.none");
    }

    /** "各岗位承担事项共 45 项：已完成 12 项，进行中 20 项，未开始 12 项，无法完成 1 项。" */
    String tallySentence(List<MeasureLine> lines) {
        Map<MeasureStatus, Integer> counts = tally(lines);
        return language.format("measures.tally", lines.size(), counts.get(MeasureStatus.DONE),
                counts.get(MeasureStatus.IN_PROGRESS), counts.get(MeasureStatus.NOT_STARTED),
                counts.get(MeasureStatus.CANNOT));
    }

    Table byPositionTable(List<MeasureLine> lines) {
        List<Table.Row> rows = new ArrayList<>();
        for (List<MeasureLine> owed : byPosition(lines).values()) {
            for (int i = 0; i < owed.size(); i++) {
                MeasureLine line = owed.get(i);
                // The position is named on its first row only: the rows below read as its group.
                String position = i == 0 ? positionWithHolder(line) : "";
                rows.add(Table.row(emphasis(line.status()), position,
                        itemCell(line), line.title(),
                        status(line.status()), latest(line)));
            }
        }
        return new Table(List.of(language.get("measures.position"), language.get("measures.item"),
                language.get("measures.title"), language.get("measures.status"), language.get("measures.latest")),
                rows, BY_POSITION_WIDTHS);
    }

    Table countsTable(List<MeasureLine> lines) {
        List<Table.Row> rows = new ArrayList<>();
        for (List<MeasureLine> owed : byPosition(lines).values()) {
            Map<MeasureStatus, Integer> counts = tally(owed);
            MeasureLine first = owed.get(0);
            Emphasis emphasis = counts.get(MeasureStatus.CANNOT) > 0 ? Emphasis.ALERT : Emphasis.NONE;
            rows.add(Table.row(emphasis, first.positionTitle(), holder(first), String.valueOf(owed.size()),
                    String.valueOf(counts.get(MeasureStatus.DONE)), String.valueOf(counts.get(MeasureStatus.IN_PROGRESS)),
                    String.valueOf(counts.get(MeasureStatus.NOT_STARTED)), String.valueOf(counts.get(MeasureStatus.CANNOT))));
        }
        return new Table(List.of(language.get("measures.post"), language.get("measures.holder"),
                language.get("measures.count"), status(MeasureStatus.DONE), status(MeasureStatus.IN_PROGRESS),
                status(MeasureStatus.NOT_STARTED), status(MeasureStatus.CANNOT)), rows, COUNT_WIDTHS);
    }

    /** "II.5\n牵头"; a standing task's code (T.DAILY_REPORT) means nothing on paper, so it prints as 常设任务. */
    String itemCell(MeasureLine line) {
        String id = line.isStandingTask() ? language.get("measures.standingTask") : line.itemId();
        return id + "\n" + language.message(line.share().labelKey());
    }

    String status(MeasureStatus status) {
        return language.message(status.labelKey());
    }

    String positionWithHolder(MeasureLine line) {
        return line.positionTitle() + "\n" + holder(line);
    }

    String holder(MeasureLine line) {
        return line.holder().isEmpty() ? language.get("measures.vacant") : line.holder();
    }

    /** "1月12日 10:20 李新明报：K8—K15 巡查第三轮", or "尚未报告". */
    String latest(MeasureLine line) {
        if (line.lastUpdate() == null) {
            return language.get("measures.neverReported");
        }
        String who = line.reportedBy().isEmpty() ? "" : language.format("measures.reportedBy", line.reportedBy());
        String head = language.tableTime(line.lastUpdate()) + " " + who;
        return line.note().isEmpty() ? head.strip() : head.strip() + "：" + line.note();
    }
}
