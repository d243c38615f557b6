package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.ReadingDraft;

/**
 * One valid row of a station file: the reading, whose area it is, and the day's mean if the row
 * gives one.
 *
 * @param line the row's first line in the file
 */
record StationRow(long line, Observation observation, LocationKind kind, Double dailyMeanTempC) {

    /** The reading as the store takes it; the daily mean is entered on its own, once per day. */
    ReadingDraft draft() {
        return new ReadingDraft(observation, kind, null, null);
    }

    StationRow at(String location) {
        Observation o = observation;
        return new StationRow(line, new Observation(location, o.time(), o.snowDepthCm(), o.roadIceThicknessCm(),
                o.roadIcing(), o.freezingPhenomenon(), o.accretionDiameterMm(), o.airTempC()), kind, dailyMeanTempC);
    }
}
