package cn.shiguai.roaddesk.tools;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.ReadingService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A realistic cold spell in the district, entered through the same services as the window uses. */
public final class SampleReadings {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private SampleReadings() {
    }

    /** Three days of snow ending on {@code day}, heaviest on the tourist road to 五当召. */
    public static void fill(ReadingService readings, LocalDate day) {
        String[] places = {"五当召镇 旅游公路 K12 弯道", "石拐街道 包石公路 K35 大桥", "喜桂图新区 环城路 坡道", "大发街道 纬三路 陡坡"};
        double[][] depth = {{8, 13, 21.5}, {6, 9, 12}, {4, 7, 9.5}, {5, 8, 11}};
        for (int d = 0; d < 3; d++) {
            LocalDate date = day.minusDays(2 - d);
            for (int p = 0; p < places.length; p++) {
                for (int hour : new int[] {2, 8, 14, 20}) {
                    LocalDateTime t = date.atTime(d == 2 && hour == 8 ? 10 : hour, 0);
                    if (t.isAfter(day.atTime(10, 0)) || (p == 2 && d == 2)) {
                        continue; // 喜桂图 has not reported today: it shows as stale
                    }
                    double air = -6 - d * 2 - (hour == 2 ? 3 : hour == 14 ? -2 : 0) - p * 0.5;
                    Observation.Builder o = Observation.at(places[p], t)
                            .snowDepthCm(depth[p][d] - (hour == 2 ? 1.5 : hour == 20 ? 0.5 : 0)).airTempC(air);
                    if (p == 3 && d == 2) {
                        o.roadIcing(true).roadIceThicknessCm(1.2).freezing(FreezingPhenomenon.GLAZE).accretionDiameterMm(6.0);
                    }
                    readings.save(ReadingDraft.of(o.build()), p % 2 == 0 ? "王海燕" : "李文博");
                }
            }
        }
        readings.save(new ReadingDraft(Observation.at("固阳县 兴顺西 G210 交界", day.atTime(7, 0)).snowDepthCm(26.0)
                .airTempC(-14.0).build(), LocationKind.NEIGHBOUR, null, null), "王海燕");
        readings.save(new ReadingDraft(Observation.at("包固公路 K20 收费站", day.atTime(7, 40)).build(),
                LocationKind.DISTRICT, null, new TrafficReport("包固公路 K20 收费站", day.atTime(7, 40), 5, 3.5, true)), "王海燕");
    }

    /** Duty officers on the roster, a level II response decided by the group leader, some measures reported. */
    public static void respond(Office office, LocalDate day, DutyLog log) {
        office.roster().appointDutyOfficer("王海燕", day.minusDays(40), "冬季值班", "系统");
        office.roster().appointDutyOfficer("李文博", day.minusDays(40), "冬季值班", "系统");
        var evaluation = office.situation().evaluationOf(day);
        office.responses().decide(new DecisionRequest(Decision.start(ResponseLevel.II), evaluation.level(), day,
                "张占良", Capacity.GROUP_LEADER, null, null), day.atTime(9, 40).atZone(SHANGHAI).toInstant(),
                "王海燕");
        List<OwedItem> owed = office.measures().owed();
        int n = 0;
        for (OwedItem item : owed) {
            MeasureStatus status = switch (n++ % 5) {
                case 0, 1 -> MeasureStatus.DONE;
                case 2 -> MeasureStatus.IN_PROGRESS;
                case 3 -> MeasureStatus.NOT_STARTED;
                default -> n % 3 == 0 ? MeasureStatus.CANNOT : MeasureStatus.IN_PROGRESS;
            };
            if (status != MeasureStatus.NOT_STARTED) {
                office.measures().update(item, new MeasureBoard.StatusReport(item.assignmentId(), status,
                        item.holder().isEmpty() ? "应急办" : item.holder(),
                        status == MeasureStatus.CANNOT ? "大型吊车在外地检修，已协调相邻旗县支援" : null,
                        day.atTime(10, 15 + n % 40).atZone(SHANGHAI).toInstant(), "王海燕"));
            }
        }
        log.append(LogDraft.of("王海燕", LogCategory.PHONE_IN, "交通运输局来电：包石公路 K35 大桥已完成撒盐除冰，"
                + "出动铲雪车 3 台。").occurredAt(day.atTime(10, 20).atZone(SHANGHAI).toInstant()));
        log.append(LogDraft.of("王海燕", LogCategory.ORDER, "刘雪峰主任指示：五当召旅游公路 K12 弯道实行临时交通管制，"
                + "交管大队派员值守。").occurredAt(day.atTime(10, 35).atZone(SHANGHAI).toInstant()));
        log.append(LogDraft.of("李文博", LogCategory.PHONE_OUT, "通知区卫计局：两辆救护车到包固公路 K20 收费站待命。")
                .occurredAt(day.atTime(10, 50).atZone(SHANGHAI).toInstant()));
    }
}
