package cn.shiguai.roaddesk.tools;

import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.ReadingStore;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A realistic cold spell in the district, for screenshots and demonstrations. */
public final class SampleReadings {

    private SampleReadings() {
    }

    /** Three days of snow ending on {@code day}, heaviest on the tourist road to 五当召. */
    public static void fill(ReadingStore store, LocalDate day) {
        String[] places = {"五当召镇 旅游公路 K12 弯道", "石拐街道 包石公路 K35 大桥", "喜桂图新区 环城路 坡道", "大发街道 纬三路 陡坡"};
        double[][] depth = {{8, 13, 17.5}, {6, 9, 12}, {4, 7, 9.5}, {5, 8, 11}};
        for (int d = 0; d < 3; d++) {
            LocalDate date = day.minusDays(2 - d);
            for (int p = 0; p < places.length; p++) {
                for (int hour : new int[] {2, 8, 14}) {
                    LocalDateTime t = date.atTime(hour, 0);
                    if (t.isAfter(day.atTime(8, 0))) {
                        continue;
                    }
                    double air = -6 - d * 2 - (hour == 2 ? 3 : hour == 14 ? -2 : 0) - p * 0.5;
                    Observation.Builder o = Observation.at(places[p], t).snowDepthCm(depth[p][d] - (hour == 2 ? 1 : 0))
                            .airTempC(air);
                    if (p == 3 && d == 2) {
                        o.roadIcing(true).roadIceThicknessCm(1.2).freezing(FreezingPhenomenon.GLAZE).accretionDiameterMm(6.0);
                    }
                    store.save(ReadingDraft.of(o.build()), p % 2 == 0 ? "王海燕" : "李文博");
                }
            }
        }
        store.save(new ReadingDraft(Observation.at("包固公路 K20 收费站", day.atTime(7, 40)).build(),
                cn.shiguai.roaddesk.weather.LocationKind.DISTRICT, null, new TrafficReport("包固公路 K20 收费站", day.atTime(7, 40), 5, 3.5, true)), "王海燕");
    }
}
