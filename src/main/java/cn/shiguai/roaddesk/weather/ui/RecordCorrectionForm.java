package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.ReadingRecord;
import cn.shiguai.roaddesk.weather.TrafficRecord;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 更正 of a reading or a road report: the form's fields filled with what was stored, checked
 * with the same bounds as a new entry, and the reason, which is required. The stored record is
 * not touched; the correction replaces it.
 */
public final class RecordCorrectionForm {
    /** What is corrected. */
    public enum Kind { READING, TRAFFIC }

    private final Kind kind;
    private final long id;
    private final ReadingFormViewModel fields;
    private final Messages messages;
    private final StringProperty reason = new SimpleStringProperty("");
    private final String before;

    private RecordCorrectionForm(Kind kind, long id, ReadingFormViewModel fields, Messages messages) {
        this.kind = kind;
        this.id = id;
        this.fields = fields;
        this.messages = messages;
        this.before = snapshot();
    }

    static RecordCorrectionForm of(ReadingRecord record, Messages messages, Clock clock, ZoneId zone) {
        ReadingFormViewModel fields = new ReadingFormViewModel(messages, clock, zone);
        Observation o = record.draft().observation();
        fields.text(ReadingField.LOCATION).set(o.location());
        fields.text(ReadingField.TIME).set(o.time().format(ReadingFormViewModel.TIME_FORMAT));
        fields.text(ReadingField.SNOW_DEPTH).set(number(o.snowDepthCm()));
        fields.text(ReadingField.ICE_THICKNESS).set(number(o.roadIceThicknessCm()));
        fields.text(ReadingField.ACCRETION).set(number(o.accretionDiameterMm()));
        fields.text(ReadingField.AIR_TEMP).set(number(o.airTempC()));
        fields.roadIcing().set(o.roadIcing() == null ? Reported.NOT_REPORTED : o.roadIcing() ? Reported.YES : Reported.NO);
        fields.phenomenon().set(o.freezingPhenomenon());
        fields.neighbouring().set(record.neighbouring());
        return new RecordCorrectionForm(Kind.READING, record.id(), fields, messages);
    }

    static RecordCorrectionForm of(TrafficRecord record, Messages messages, Clock clock, ZoneId zone) {
        ReadingFormViewModel fields = new ReadingFormViewModel(messages, clock, zone);
        TrafficReport t = record.report();
        fields.text(ReadingField.LOCATION).set(t.road());
        fields.text(ReadingField.TIME).set(t.time().format(ReadingFormViewModel.TIME_FORMAT));
        fields.text(ReadingField.CUT_HOURS).set(number(t.cutHours()));
        fields.text(ReadingField.QUEUE_KM).set(number(t.queueKm()));
        fields.interruptionLikely().set(t.interruptionLikely());
        return new RecordCorrectionForm(Kind.TRAFFIC, record.id(), fields, messages);
    }

    public Kind kind() { return kind; }
    public long id() { return id; }
    /** The stored values, to be put right. */
    public ReadingFormViewModel fields() { return fields; }
    public StringProperty reason() { return reason; }

    /** What stands in the way, or empty. */
    public String problem() {
        Optional<String> field = Arrays.stream(ReadingField.values())
                .filter(f -> !fields.problem(f).get().isEmpty())
                .map(f -> messages.get("form.field." + f.name()) + "：" + fields.problem(f).get()).findFirst();
        if (field.isPresent()) {
            return field.get();
        }
        if (!fields.formProblem().get().isEmpty()) {
            return fields.formProblem().get();
        }
        if (snapshot().equals(before)) {
            return messages.get("correction.problem.unchanged");
        }
        return reason.get() == null || reason.get().isBlank() ? messages.get("correction.problem.reason") : "";
    }

    /** The reading as it should have been; for a reading only, when {@link #problem()} is empty. */
    public ReadingDraft reading() {
        return fields.draft().orElseThrow();
    }

    /** The road report as it should have been; for a road report only, when {@link #problem()} is empty. */
    public TrafficReport traffic() {
        return fields.draft().map(ReadingDraft::traffic).orElseThrow();
    }

    private String snapshot() {
        StringBuilder b = new StringBuilder();
        for (ReadingField f : ReadingField.values()) {
            b.append(fields.text(f).get()).append('|');
        }
        return b.append(fields.roadIcing().get()).append('|').append(fields.phenomenon().get()).append('|')
                .append(fields.interruptionLikely().get()).toString();
    }

    private static String number(Double v) {
        return v == null ? "" : new DecimalFormat("0.##").format(v);
    }
}
