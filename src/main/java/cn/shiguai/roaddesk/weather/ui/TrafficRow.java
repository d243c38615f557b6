package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.weather.RecordState;
import cn.shiguai.roaddesk.weather.TrafficRecord;
import java.text.DecimalFormat;
import java.time.ZoneId;

/** A traffic report as its table shows it; a replaced or withdrawn one says so and why. */
public record TrafficRow(String time, String road, String cutHours, String queueKm, String likely, String enteredBy,
                         RecordState state, String remark, TrafficRecord record) {

    static TrafficRow of(TrafficRecord r, Messages messages, ZoneId zone) {
        DecimalFormat n = new DecimalFormat("0.##");
        String remark = switch (r.state()) {
            case REPLACED -> messages.get("readings.state.REPLACED");
            case WITHDRAWN -> messages.format("readings.state.WITHDRAWN", r.reason());
            case STANDING -> "";
        };
        return new TrafficRow(ReadingRow.time(r.report().time(), r.recordedAt(), zone, messages), r.report().road(),
                n.format(r.report().cutHours()), n.format(r.report().queueKm()),
                messages.get(r.report().interruptionLikely() ? "reported.YES" : "reported.NO"), r.enteredBy(),
                r.state(), remark, r);
    }
}
