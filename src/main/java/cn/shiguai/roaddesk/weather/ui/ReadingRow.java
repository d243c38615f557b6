package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.ReadingRecord;
import cn.shiguai.roaddesk.weather.RecordState;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A kept reading as the readings table shows it: one text per column, units in the headers.
 * The time says when it was recorded too, where that was later than observed; a replaced or
 * withdrawn reading says so and why.
 */
public record ReadingRow(long id, String time, String location, String snowDepth, String iceThickness,
                         String roadIcing, String phenomenon, String accretion, String airTemp, String enteredBy,
                         RecordState state, String remark, ReadingRecord record) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    static ReadingRow of(ReadingRecord record, Messages messages, ZoneId zone) {
        Observation o = record.draft().observation();
        DecimalFormat n = new DecimalFormat("0.##");
        return new ReadingRow(record.id(), time(o.time(), record.recordedAt(), zone, messages), o.location(),
                num(n, o.snowDepthCm()), num(n, o.roadIceThicknessCm()),
                o.roadIcing() == null ? "" : messages.get(o.roadIcing() ? "reported.YES" : "reported.NO"),
                o.freezingPhenomenon() == null ? "" : messages.get("phenomenon." + o.freezingPhenomenon().name()),
                num(n, o.accretionDiameterMm()), num(n, o.airTempC()), enteredBy(record, messages), record.state(),
                remark(record, messages), record);
    }

    /** "2026-01-12 05:03（05:16 录入）" where a reading was typed in later than it was taken. */
    static String time(LocalDateTime observed, java.time.Instant recordedAt, ZoneId zone, Messages messages) {
        String shown = observed.format(ReadingFormViewModel.TIME_FORMAT);
        if (recordedAt == null) {
            return shown;
        }
        LocalDateTime recorded = LocalDateTime.ofInstant(recordedAt, zone);
        return Duration.between(observed, recorded).toMinutes() > 1
                ? messages.format("readings.recordedLater", shown, recorded.format(CLOCK)) : shown;
    }

    /** Who entered it, and for a reading taken from a station file or web source, which one. */
    private static String enteredBy(ReadingRecord record, Messages messages) {
        return record.sourceRef() == null ? record.enteredBy()
                : messages.format("readings.fromSource", record.enteredBy(), record.sourceRef());
    }

    private static String remark(ReadingRecord record, Messages messages) {
        return switch (record.state()) {
            case REPLACED -> messages.get("readings.state.REPLACED");
            case WITHDRAWN -> messages.format("readings.state.WITHDRAWN", record.reason());
            case STANDING -> record.replaces() == null ? ""
                    : messages.format("readings.state.correction", record.replaces(), record.reason());
        };
    }

    private static String num(DecimalFormat n, Double v) {
        return v == null ? "" : n.format(v);
    }
}
