package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.weather.TrafficRecord;
import java.text.DecimalFormat;

/** A traffic report as its table shows it. */
public record TrafficRow(String time, String road, String cutHours, String queueKm, String likely, String enteredBy) {

    static TrafficRow of(TrafficRecord r, Messages messages) {
        DecimalFormat n = new DecimalFormat("0.##");
        return new TrafficRow(r.report().time().format(ReadingFormViewModel.TIME_FORMAT), r.report().road(),
                n.format(r.report().cutHours()), n.format(r.report().queueKm()),
                messages.get(r.report().interruptionLikely() ? "reported.YES" : "reported.NO"), r.enteredBy());
    }
}
