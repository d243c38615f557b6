package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.ReadingRecord;
import java.text.DecimalFormat;

/** A kept reading as the readings table shows it: one text per column, units in the headers. */
public record ReadingRow(long id, String time, String location, String snowDepth, String iceThickness,
                         String roadIcing, String phenomenon, String accretion, String airTemp, String enteredBy) {

    static ReadingRow of(ReadingRecord record, Messages messages) {
        Observation o = record.draft().observation();
        DecimalFormat n = new DecimalFormat("0.##");
        return new ReadingRow(record.id(), o.time().format(ReadingFormViewModel.TIME_FORMAT), o.location(),
                num(n, o.snowDepthCm()), num(n, o.roadIceThicknessCm()),
                o.roadIcing() == null ? "" : messages.get(o.roadIcing() ? "reported.YES" : "reported.NO"),
                o.freezingPhenomenon() == null ? "" : messages.get("phenomenon." + o.freezingPhenomenon().name()),
                num(n, o.accretionDiameterMm()), num(n, o.airTempC()), record.enteredBy());
    }

    private static String num(DecimalFormat n, Double v) {
        return v == null ? "" : n.format(v);
    }
}
