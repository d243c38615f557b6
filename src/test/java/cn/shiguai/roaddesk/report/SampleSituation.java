package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.measures.ActivationPlan;
import cn.shiguai.roaddesk.measures.Assignment;
import cn.shiguai.roaddesk.measures.MeasureCatalogue;
import cn.shiguai.roaddesk.measures.MeasureCatalogueLoader;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.RosterLoader;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.rules.RulesEngine;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.weather.Trend;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A realistic day for documents: 石拐区 on 2026-01-12, heavy snow since the 9th, a level III
 * response started by the office director on the evening of the 11th and raised to level II
 * at 09:40 by the group leader 张占良; the tourist road cut near 五当召; measures of mixed status.
 */
public final class SampleSituation {
    public static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    public static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    public static final String K12 = "五当召镇 旅游公路 K12 弯道";
    public static final String BRIDGE = "石拐街道 G210 大磁沟大桥";
    public static final String RING_ROAD = "喜桂图新区 环城路";
    public static final String SLOPE = "吉忽伦图苏木 S104 坡道";
    public static final String PARK = "石拐工业园区 东环路口";
    public static final String NEIGHBOUR = "固阳县 G210 固阳段";
    public static final String CUT_ROAD = "旅游公路五当召段（K8—K15）";
    public static final String HEAD_HASH = sha256("值班日志 第1234条");
    public static final long LOG_COUNT = 1234;

    private static final RuleSet RULES = new RuleSetLoader().loadDefault();
    private static final Roster ROSTER = new RosterLoader().loadDefault();
    private static final MeasureCatalogue CATALOGUE = new MeasureCatalogueLoader(ROSTER).loadDefault();

    private SampleSituation() {
    }

    public static ReportContext context() {
        return new ReportContext(IssuingOffice.SHIGUAI, RULES, CATALOGUE, ROSTER);
    }

    public static SituationSnapshot snapshot() {
        return snapshot(notableLog());
    }

    /** The day with the given log entries, e.g. a thousand for the benchmark. */
    public static SituationSnapshot snapshot(List<LogLine> log) {
        List<Observation> observations = observations();
        List<TrafficReport> traffic = List.of(
                new TrafficReport(CUT_ROAD, at(12, 6, 0), 8, 2.5, true),
                new TrafficReport("G210 大磁沟大桥", at(12, 13, 30), 0, 0, true));
        var evaluation = new RulesEngine(RULES).evaluate(new EvaluationInput(DAY, null, observations, traffic));
        Instant to = instant(at(12, 18, 0));
        List<Trend> trends = List.of(K12, BRIDGE, RING_ROAD).stream()
                .map(place -> Trend.of(place, observations, RULES, to, Trend.DEFAULT_WINDOW)).toList();
        ResponseInForce response = new ResponseInForce(ResponseLevel.II, instant(at(12, 9, 40)),
                instant(at(11, 21, 30)), "张占良", Capacity.GROUP_LEADER);
        return new SituationSnapshot(DAY, new ReportPeriod(instant(at(12, 0, 0)), to), Optional.of(response), evaluation,
                latest(observations), trends, traffic, measures(), log, "王丽", new LogSeal(HEAD_HASH, LOG_COUNT));
    }

    /** The signals in force that evening: the city's orange 道路结冰 and the region's yellow 寒潮 without an end. */
    public static List<cn.shiguai.roaddesk.warnings.WarningInForce> signals() {
        return List.of(new cn.shiguai.roaddesk.warnings.WarningInForce(11,
                        cn.shiguai.roaddesk.warnings.SignalKind.ROAD_ICING, cn.shiguai.roaddesk.warnings.SignalColour.ORANGE,
                        "包头市气象台", "包头市气象台发布道路结冰橙色预警信号", "包头市石拐区", instant(at(12, 7, 6)),
                        instant(at(13, 8, 0)), instant(at(12, 7, 6)),
                        "交通、公安等部门做好道路结冰应对准备；驾驶人员注意安全，减速慢行。"),
                new cn.shiguai.roaddesk.warnings.WarningInForce(12, cn.shiguai.roaddesk.warnings.SignalKind.COLD_WAVE,
                        cn.shiguai.roaddesk.warnings.SignalColour.YELLOW, "内蒙古自治区气象台", null, "包头市",
                        instant(at(12, 10, 0)), null, null, null));
    }

    /** The same day with no response in force and nothing owed: a warning issued below the thresholds. */
    public static SituationSnapshot withoutResponse() {
        SituationSnapshot s = snapshot();
        return new SituationSnapshot(s.date(), s.period(), Optional.empty(), s.evaluation(), s.readings(), s.trends(),
                List.of(), List.of(), s.log(), s.compiledBy(), s.seal());
    }

    static List<Observation> observations() {
        List<Observation> all = new ArrayList<>();
        LocalDateTime start = at(9, 18, 0);
        for (int step = 0; step <= 24; step++) {
            LocalDateTime time = start.plusHours(3L * step);
            double share = step / 24.0;
            all.add(Observation.at(K12, time).snowDepthCm(round(23.5 * Math.pow(share, 0.8)))
                    .roadIceThicknessCm(round(1.8 * share)).airTempC(round(-3 - 6 * share)).build());
            all.add(Observation.at(BRIDGE, time.plusMinutes(-30)).snowDepthCm(round(12.5 * share))
                    .roadIceThicknessCm(round(0.2 + 1.9 * share)).airTempC(round(-4 - 6.2 * share)).build());
            boolean gap = time.isAfter(at(11, 1, 0)) && time.isBefore(at(11, 11, 0));
            if (!gap) {
                all.add(Observation.at(RING_ROAD, time).snowDepthCm(round(16 * Math.pow(share, 0.9)))
                        .roadIcing(share > 0.5).airTempC(round(-2 - 6.4 * share)).build());
            }
        }
        all.add(Observation.at(SLOPE, at(12, 13, 0)).snowDepthCm(19.0).roadIceThicknessCm(0.6).airTempC(-11.5).build());
        return all;
    }

    private static List<LocationReading> latest(List<Observation> observations) {
        List<LocationReading> readings = new ArrayList<>();
        for (String place : List.of(K12, BRIDGE, RING_ROAD, SLOPE)) {
            Observation last = observations.stream().filter(o -> o.location().equals(place))
                    .reduce((a, b) -> b).orElseThrow();
            readings.add(new LocationReading(place, false, last));
        }
        readings.add(new LocationReading(PARK, false, null));
        readings.add(new LocationReading(NEIGHBOUR, true, Observation.at(NEIGHBOUR, at(12, 12, 0))
                .snowDepthCm(25.0).roadIcing(true).airTempC(-12.0).build()));
        return readings;
    }

    /** What level II owes with a road cut, by position, with statuses as units would have reported them. */
    static List<MeasureLine> measures() {
        ActivationPlan plan = ActivationPlan.of(CATALOGUE, ROSTER, ResponseLevel.II, true);
        List<MeasureLine> lines = new ArrayList<>();
        int i = 0;
        for (List<Assignment> owed : plan.byPosition(ROSTER).values()) {
            for (Assignment a : owed) {
                var position = ROSTER.requirePosition(a.positionKey());
                String holder = ROSTER.holderOn(a.positionKey(), DAY).map(t -> t.person()).orElse("");
                MeasureStatus status = statusOf(a, i++);
                Instant updated = status == MeasureStatus.NOT_STARTED ? null : instant(at(12, 8 + i % 9, (i * 7) % 60));
                lines.add(new MeasureLine(a.positionKey(), position.title(), holder, a.share(), a.item().id(),
                        a.item().title(), a.item().text(), status, updated, updated == null ? "" : holder, noteOf(a, status)));
            }
        }
        return lines;
    }

    private static MeasureStatus statusOf(Assignment a, int index) {
        if (a.item().id().equals("II.12") && a.positionKey().equals("GOV_OFFICE")) {
            return MeasureStatus.CANNOT;
        }
        return switch (index % 5) {
            case 0, 3 -> MeasureStatus.DONE;
            case 1, 4 -> MeasureStatus.IN_PROGRESS;
            default -> MeasureStatus.NOT_STARTED;
        };
    }

    private static String noteOf(Assignment a, MeasureStatus status) {
        return switch (a.item().id()) {
            case "II.12" -> status == MeasureStatus.CANNOT ? "驻地部队联络电话无人接听，已改由区人武部转达" : "";
            case "II.5" -> status == MeasureStatus.NOT_STARTED ? "" : "融雪剂余量 40 吨，已申请补充 20 吨";
            case "II.7" -> status == MeasureStatus.NOT_STARTED ? "" : "大磁沟大桥桥头设卡，引导车辆低速通过";
            default -> "";
        };
    }

    static List<LogLine> notableLog() {
        String[][] entries = {
                {"06:05", "来电", "王丽", "交管大队刘雪峰报：旅游公路五当召段 K8—K15 积雪压实，自 06:00 起实行交通管制。"},
                {"07:30", "观察", "王丽", "五当召镇 旅游公路 K12 弯道积雪 19.5 厘米，路面结冰 1.4 厘米，气温 -8.2 ℃。"},
                {"08:40", "去电", "王丽", "通知区交通运输局：增派铲雪车两台赴 K12 弯道作业。"},
                {"09:40", "响应决定", "张占良", "领导小组组长张占良决定将响应由三级提高为二级（系统研判：二级）。"},
                {"10:15", "指令", "刘雪峰", "各成员单位落实二级响应措施，领导24小时带班，12时前报告落实情况。"},
                {"11:20", "措施", "赵明", "II.4 交通运输局报：K8—K15 第三轮巡查完成，暂无险情。"},
                {"12:00", "来电", "赵明", "固阳县交警通报：G210 固阳段积雪 25 厘米，建议大型货车绕行。"},
                {"13:30", "来电", "赵明", "交管大队报：G210 大磁沟大桥桥面结冰，可能发生交通中断，已设卡引导。"},
                {"15:40", "措施", "赵明", "II.12 区政府办公室报：驻地部队联络电话无人接听，已改由区人武部转达，暂无法落实。"},
                {"16:30", "备注", "孙婷", "第5次出行提示已通过广播、网络和路况信息板发布。"},
                {"17:50", "观察", "孙婷", "K12 弯道积雪 23.5 厘米，气温 -9 ℃，夜间仍有小雪。"}};
        List<LogLine> lines = new ArrayList<>();
        for (String[] entry : entries) {
            String[] hm = entry[0].split(":");
            lines.add(new LogLine(instant(at(12, Integer.parseInt(hm[0]), Integer.parseInt(hm[1]))), entry[1], entry[2],
                    entry[3]));
        }
        return lines;
    }

    /** {@code count} entries spread over the day, cycling through realistic texts. */
    public static List<LogLine> dayOfLog(int count) {
        List<LogLine> sample = notableLog();
        List<LogLine> lines = new ArrayList<>(count);
        long step = Math.max(1, 18 * 3600L / Math.max(1, count));
        Instant start = instant(at(12, 0, 0));
        for (int i = 0; i < count; i++) {
            LogLine model = sample.get(i % sample.size());
            lines.add(new LogLine(start.plusSeconds(i * step), model.category(), model.author(), model.text()));
        }
        return lines;
    }

    public static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 1, day, hour, minute);
    }

    public static Instant instant(LocalDateTime local) {
        return local.atZone(DISTRICT).toInstant();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
