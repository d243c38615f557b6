package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Emphasis;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.KeyValues;
import cn.shiguai.roaddesk.report.doc.LineChart;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.doc.Table;
import cn.shiguai.roaddesk.report.doc.TimeTicks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic documents for looking at the renderer's output and for the benchmark: the daily
 * situation report of 2026-01-12 under a level II response, and a duty log of any length.
 * Run {@link #main} to write them as PDFs.
 */
public final class SampleDocuments {
    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    static final String ISSUER = "石拐区恶劣天气交通应急处置工作领导小组应急办公室";
    static final Clock FIXED_CLOCK = Clock.fixed(at(2026, 1, 12, 18, 30), DISTRICT);
    private static final String K12 = "五当召镇 旅游公路 K12 弯道";
    private static final String RING_ROAD = "喜桂图新区 环城路";
    private static final String BRIDGE = "石拐街道 G210 大磁沟大桥";

    private SampleDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(folder);
        try (CjkFontLocator fonts = new CjkFontLocator()) {
            PdfRenderer renderer = new PdfRenderer(fonts, FIXED_CLOCK);
            write(renderer, dailyReport(), folder.resolve("daily-report.pdf"));
            write(renderer, dailyReport().withWatermark("草稿"), folder.resolve("daily-report-draft.pdf"));
            write(renderer, dutyLog(1000), folder.resolve("duty-log-1000.pdf"));
        }
    }

    private static void write(PdfRenderer renderer, ReportDocument document, Path file) throws Exception {
        Files.write(file, renderer.renderToBytes(document));
        System.out.println(file.toAbsolutePath());
    }

    static ReportDocument dailyReport() {
        List<Block> body = new ArrayList<>();
        body.add(Heading.chapter("一、总体情况"));
        body.add(new Paragraph("1月11日夜间至12日白天，我区出现持续性降雪天气，五当召镇、吉忽伦图苏木及喜桂图新区降雪明显，"
                + "部分路段积雪、结冰。依据《石拐区恶劣天气道路交通安全应急预案》（石府办发〔2019〕2号）第四条，"
                + "五当召镇 旅游公路 K12 弯道积雪深度已达 23.5 厘米，日平均气温 −9.0 ℃，符合二级（重大）响应条件。"
                + "领导小组于1月10日16:30启动二级响应，目前响应持续。"));
        body.add(KeyValues.of(
                KeyValues.entry("当前响应", "二级（重大），自 2026年1月10日 16:30 起"),
                KeyValues.entry("启动决定", "领导小组组长 张占良（区政府副区长、区公安分局局长）"),
                KeyValues.entry("适用规则", "石府办发〔2019〕2号"),
                KeyValues.entry("判定依据", "积雪深度 23.5 厘米 ≥ 20 厘米（" + K12 + "，1月12日 14:00）；"
                        + "日平均气温 −9.0 ℃ ≤ 0 ℃"),
                KeyValues.entry("距一级", "积雪深度还差 6.5 厘米（一级：30 厘米以上）")));
        body.add(Heading.chapter("二、气象与路面监测"));
        body.add(Heading.section("（一）最新读数"));
        body.add(new Table(List.of("时间", "监测点", "积雪深度（厘米）", "结冰厚度（厘米）", "气温（℃）", "路面"), List.of(
                Table.row("12日 14:00", K12, "23.5", "1.8", "−9.0", "压实雪，局部结冰"),
                Table.row("12日 14:00", RING_ROAD, "16.0", "1.2", "−8.4", "积雪，已撒融雪剂"),
                Table.row("12日 13:30", BRIDGE, "12.5", "2.1", "−10.2", "桥面结冰"),
                Table.row("12日 13:00", "吉忽伦图苏木 S104 坡道", "19.0", "0.6", "−11.5", "积雪，车辙明显"),
                Table.row("12日 12:00", "固阳县（相邻地区，仅供参考）", "25.0", "—", "−12.0", "据固阳县通报")),
                new float[] {1.7f, 3.2f, 1.3f, 1.3f, 1.1f, 2.0f}));
        body.add(Heading.section("（二）72 小时趋势"));
        body.addAll(charts());
        body.add(Heading.chapter("三、道路通行情况"));
        body.add(new Paragraph("旅游公路五当召段（K8—K15）自12日06:00起实行交通管制，禁止大型货车通行，小型客车限速 30 公里/小时；"
                + "G210 大磁沟大桥桥面结冰，交管大队在桥头设卡引导车辆低速通过。全区未发生交通中断，无滞留车辆排队。\n"
                + "五当召景区已于11日起暂停接待，景区通往镇区的道路由交通运输局安排铲雪车往返作业。"));
        body.add(Heading.chapter("四、措施落实情况"));
        body.add(measures());
        body.add(Heading.chapter("五、值班日志摘要"));
        body.add(logTable(dutyLogEntries(12, new Random(12))));
        body.add(new Paragraph("下一步：密切关注气象部门预报，12日夜间至13日仍有小雪，重点加强 K12 弯道、大磁沟大桥等易结冰路段的"
                + "巡查和除冰作业；如积雪深度达到 30 厘米以上，立即报请领导小组研究启动一级响应。"));
        body.add(KeyValues.of(KeyValues.entry("编制", "值班员 王丽（应急办公室） 1月12日 18:00"),
                KeyValues.entry("审核", "应急办主任 刘雪峰")));
        return new ReportDocument(ISSUER, "石拐区道路交通情况日报", "2026年第3期", "2026年1月12日", body,
                "值班日志 1234 条 · 链头 9f3a61c2…e07b · 本日报由 RoadDesk 生成", null);
    }

    private static List<Block> charts() {
        long from = at(2026, 1, 9, 18, 0).getEpochSecond();
        long to = at(2026, 1, 12, 18, 0).getEpochSecond();
        List<LineChart.Tick> ticks = TimeTicks.every(from, to, Duration.ofHours(12), DISTRICT, "M月d日\nHH:mm");
        Random random = new Random(7);
        LineChart snow = new LineChart("积雪深度", "厘米", List.of(
                readings(K12, from, to, 0, 23.5, random, -1, -1),
                readings(RING_ROAD, from, to, 0, 16, random, at(2026, 1, 11, 2, 0).getEpochSecond(),
                        at(2026, 1, 11, 10, 0).getEpochSecond()),
                readings(BRIDGE, from, to, 0, 12.5, random, -1, -1)),
                List.of(new LineChart.ThresholdLine("三级 10 厘米", 10), new LineChart.ThresholdLine("二级 20 厘米", 20),
                        new LineChart.ThresholdLine("一级 30 厘米", 30)), from, to, ticks);
        LineChart ice = new LineChart("道路结冰厚度", "厘米", List.of(
                readings(K12, from, to, 0, 1.8, random, -1, -1),
                readings(BRIDGE, from, to, 0.2, 2.1, random, -1, -1)),
                List.of(new LineChart.ThresholdLine("三级 1 厘米", 1), new LineChart.ThresholdLine("二级 2 厘米", 2),
                        new LineChart.ThresholdLine("一级 3 厘米", 3)), from, to, ticks);
        LineChart air = new LineChart("气温", "℃", List.of(
                readings(K12, from, to, -3, -9.0, random, -1, -1),
                readings(RING_ROAD, from, to, -2, -8.4, random, -1, -1)),
                List.of(new LineChart.ThresholdLine("0 ℃", 0)), from, to, ticks);
        return List.of(snow, ice, air);
    }

    /** Three-hourly readings rising from {@code start} to {@code end}, none between the gap times. */
    private static LineChart.Series readings(String place, long from, long to, double start, double end, Random random,
                                             long gapFrom, long gapTo) {
        List<LineChart.Point> points = new ArrayList<>();
        for (long t = from; t <= to; t += 3 * 3600) {
            if (t >= gapFrom && t <= gapTo) {
                continue;
            }
            double share = (double) (t - from) / (to - from);
            double value = start + (end - start) * Math.pow(share, 0.8) + (random.nextDouble() - 0.5) * Math.abs(end - start) * 0.06;
            points.add(new LineChart.Point(t, Math.round(value * 10) / 10.0));
        }
        return LineChart.Series.breakingGapsLongerThan(place, points, 4 * 3600);
    }

    private static Table measures() {
        String[][] rows = {
                {"II.1", "领导小组进入二级应急状态，组织会商，对主要道路实施交通管制", "组长；交管大队", "已完成", "10日 17:00 会商完成（刘雪峰报）"},
                {"II.2", "各成员单位检查防范措施落实，领导24小时带班", "全体成员单位", "进行中", "11日 09:00 民政局、卫计局已报"},
                {"II.3", "应急队伍、物资、机械、车辆做好准备", "应急办公室；全体成员单位", "已完成", "10日 20:10 清点完毕"},
                {"II.4", "巡查养护道路、线路和重点路段，排除隐患", "交通运输局", "进行中", "12日 11:20 K8—K15 巡查第三轮"},
                {"II.5", "降雪期间即时铲冰除雪（撒盐、推雪、刮冰）", "交通运输局；应急办公室", "进行中", "融雪剂余量 40 吨"},
                {"II.6", "通过广播、网络、路况信息板发布天气和路况信息", "交管大队；区政府办公室", "已完成", "12日 07:00 第5次发布"},
                {"II.7", "巡逻桥梁、坡道、弯道，护送、限速、编队通行", "交管大队；公安分局", "进行中", "大磁沟大桥设卡"},
                {"II.8", "吊车、清障车、消防车、救护车集结待命", "交管大队；消防大队、卫计局", "未开始", ""},
                {"II.9", "重点区域和道路分流绕行", "交管大队", "未开始", "暂无需要"},
                {"II.10", "客运企业开展驾驶员安全教育，调整或停运班线", "交通运输局", "已完成", "五当召班线停运"},
                {"II.11", "与相邻地区交警交换信息", "交管大队", "进行中", "与固阳县每4小时通报"},
                {"II.12", "冰冻严重超出处置能力时，报请区政府调动人员、部队、武警、民兵", "区政府办公室；交管大队、交通运输局",
                        "无法完成", "部队联络人电话无人接听，已改由武装部转达（12日 15:40）"}};
        List<Table.Row> tableRows = new ArrayList<>();
        for (String[] row : rows) {
            tableRows.add(Table.row(emphasisOf(row[3]), row));
        }
        return new Table(List.of("编号", "措施", "责任单位", "状态", "最新情况"), tableRows, new float[] {0.9f, 4f, 2.2f, 1.1f, 2.8f});
    }

    static Emphasis emphasisOf(String status) {
        return switch (status) {
            case "已完成" -> Emphasis.POSITIVE;
            case "进行中" -> Emphasis.NOTICE;
            case "无法完成" -> Emphasis.ALERT;
            default -> Emphasis.NONE;
        };
    }

    /** The duty log as its own document: the benchmark's 1,000-row case. */
    static ReportDocument dutyLog(int entries) {
        List<Block> body = List.of(
                new Paragraph("本表按时间顺序列出 2026年1月12日 值班日志全部条目，共 " + entries + " 条。"),
                logTable(dutyLogEntries(entries, new Random(entries))));
        return new ReportDocument(ISSUER, "值班日志（2026年1月12日）", "2026年第3期附件", "2026年1月12日", body,
                "值班日志 " + entries + " 条 · 链头 9f3a61c2…e07b", null);
    }

    static Table logTable(List<Table.Row> rows) {
        return new Table(List.of("时间", "报告单位（人）", "内容", "录入"), rows, new float[] {1.0f, 2.3f, 5.6f, 0.9f});
    }

    static List<Table.Row> dutyLogEntries(int count, Random random) {
        String[] units = {"交管大队 刘雪峰", "交通运输局 李新明", "应急办公室 王丽", "消防大队 苗永旺", "民政局 王旭东",
                "卫计局 李建华", "公安分局 张飞雄", "区政府办公室 高慧"};
        String[] texts = {"K12 弯道积雪 23.5 厘米，已安排铲雪车两台作业。", "大磁沟大桥桥面结冰，设卡引导车辆低速通过。",
                "融雪剂库存 40 吨，已申请补充 20 吨。", "五当召景区暂停接待，游客已全部下山。",
                "与固阳县交警通报：G210 固阳段积雪 25 厘米，建议货车绕行。", "救护车一辆在喜桂图新区环城路待命。",
                "发布出行提示（第5次）：旅游公路五当召段实施交通管制，请绕行。", "巡查 S104 坡道，车辙明显，暂无滞留车辆。",
                "接群众电话：石拐街道某小区门口路面结冰，已转交通运输局处理。", "气温 −9.0 ℃，风力 4 级，预计夜间仍有小雪。"};
        String[] clerks = {"王丽", "赵明", "孙婷"};
        List<Table.Row> rows = new ArrayList<>();
        LocalDateTime time = LocalDateTime.of(2026, 1, 12, 0, 0);
        long step = Math.max(1, 24 * 60 / Math.max(count, 1));
        for (int i = 0; i < count; i++) {
            String text = texts[random.nextInt(texts.length)];
            if (random.nextInt(8) == 0) {
                text = text + texts[random.nextInt(texts.length)];
            }
            rows.add(Table.row(String.format("%02d:%02d", time.getHour(), time.getMinute()),
                    units[random.nextInt(units.length)], text, clerks[random.nextInt(clerks.length)]));
            time = time.plusMinutes(step);
        }
        return rows;
    }

    static java.time.Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(DISTRICT).toInstant();
    }
}
