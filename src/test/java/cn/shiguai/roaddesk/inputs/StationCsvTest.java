package cn.shiguai.roaddesk.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.LocationKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StationCsvTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String HEADER = "location,time,snow_depth_cm,road_ice_thickness_cm,road_icing,freezing_phenomenon,"
            + "accretion_diameter_mm,air_temp_c,daily_mean_temp_c,area\n";
    private final StationCsv csv = new StationCsv(SHANGHAI, TestClock.at("2026-01-12T02:00:00Z"));

    private StationCsv.Parsed parse(String text) {
        return csv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> sentences(StationCsv.Parsed parsed) {
        return parsed.bad().stream().map(b -> b.sentence(Messages.chinese())).toList();
    }

    @Test
    void readsEveryColumn() {
        StationCsv.Parsed parsed = parse(HEADER
                + "主干道 K35+200 五当召岔口,2026-01-12T08:00,12.5,0.3,是,雨凇,4,-8.5,-6.5,district\n");
        assertTrue(parsed.valid(), sentences(parsed).toString());
        StationRow row = parsed.rows().get(0);
        assertEquals(2, row.line());
        assertEquals(Observation.at("主干道 K35+200 五当召岔口", LocalDateTime.of(2026, 1, 12, 8, 0)).snowDepthCm(12.5)
                .roadIceThicknessCm(0.3).roadIcing(true).freezing(FreezingPhenomenon.GLAZE).accretionDiameterMm(4.0)
                .airTempC(-8.5).build(), row.observation());
        assertEquals(-6.5, row.dailyMeanTempC());
        assertEquals(LocationKind.DISTRICT, row.kind());
    }

    @Test
    void columnsInAnyOrderAndOnlyTheRequiredOnes() {
        StationCsv.Parsed parsed = parse("TIME, snow_depth_cm ,location\n2026-01-12 08:00,3,K12 弯道\n");
        assertTrue(parsed.valid(), sentences(parsed).toString());
        Observation o = parsed.rows().get(0).observation();
        assertEquals("K12 弯道", o.location());
        assertEquals(3.0, o.snowDepthCm());
        assertNull(o.airTempC(), "an absent column is not measured");
    }

    @ParameterizedTest
    @CsvSource({"true,true", "FALSE,false", "1,true", "0,false", "是,true", "否,false"})
    void roadIcingInEnglishDigitsOrChinese(String text, boolean expected) {
        StationCsv.Parsed parsed = parse("location,time,road_icing\nK12,2026-01-12T08:00," + text + "\n");
        assertEquals(expected, parsed.rows().get(0).observation().roadIcing());
    }

    @ParameterizedTest
    @CsvSource({"NONE,NONE", "freezing_rain,FREEZING_RAIN", "冻雨,FREEZING_RAIN", "雨凇,GLAZE", "冰凌,ICE", "无,NONE",
            "ICE,ICE"})
    void phenomenaAsInTheContractOrInChinese(String text, FreezingPhenomenon expected) {
        StationCsv.Parsed parsed = parse("location,time,freezing_phenomenon\nK12,2026-01-12T08:00," + text + "\n");
        assertEquals(expected, parsed.rows().get(0).observation().freezingPhenomenon());
    }

    @Test
    void anOffsetIsConvertedToDistrictTime() {
        StationCsv.Parsed parsed = parse("location,time,snow_depth_cm\nK12,2026-01-12T00:30Z,3\n"
                + "K13,2026-01-12T09:30+09:00,3\n");
        assertEquals(LocalDateTime.of(2026, 1, 12, 8, 30), parsed.rows().get(0).observation().time());
        assertEquals(LocalDateTime.of(2026, 1, 12, 8, 30), parsed.rows().get(1).observation().time());
    }

    @Test
    void neighbouringAreaIsKept() {
        StationCsv.Parsed parsed = parse("location,time,snow_depth_cm,area\n固阳县 G210,2026-01-12T08:00,30,neighbour\n");
        assertEquals(LocationKind.NEIGHBOUR, parsed.rows().get(0).kind());
    }

    @Test
    void utf8WithByteOrderMarkAndWindowsLineEnds() {
        byte[] body = (HEADER.replace("\n", "\r\n") + "五当召镇 旅游公路 K12 弯道,2026-01-12T08:00,3,,,,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        StationCsv.Parsed parsed = csv.parse(withBom);
        assertTrue(parsed.valid(), sentences(parsed).toString());
        assertEquals("五当召镇 旅游公路 K12 弯道", parsed.rows().get(0).observation().location(),
                "the mark is not part of the first column's name");
    }

    @Test
    void gb18030WhenTheBytesAreNotUtf8() {
        byte[] gbk = ("location,time,freezing_phenomenon,road_icing\n五当召镇 K12 弯道,2026-01-12T08:00,冻雨,是\n")
                .getBytes(Charset.forName("GB18030"));
        StationCsv.Parsed parsed = csv.parse(gbk);
        assertTrue(parsed.valid(), sentences(parsed).toString());
        assertEquals("五当召镇 K12 弯道", parsed.rows().get(0).observation().location());
        assertEquals(FreezingPhenomenon.FREEZING_RAIN, parsed.rows().get(0).observation().freezingPhenomenon());
    }

    @Test
    void bytesOfNeitherEncodingAreRefused() {
        StationCsv.Parsed parsed = csv.parse(new byte[] {'l', ',', (byte) 0xFF, (byte) 0xFF, (byte) 0x80});
        assertFalse(parsed.valid());
        assertTrue(sentences(parsed).get(0).contains("UTF-8"), sentences(parsed).toString());
    }

    @Test
    void everyBadRowIsNamedWithLineColumnValueAndWhy() {
        StationCsv.Parsed parsed = parse(HEADER
                + "K12,2026-01-12T08:00,3,,,,,,,\n"
                + "K12,2026-01-12T09:00,abc,,,,,,,\n"
                + "\"K13\n第二行\",2026-01-12T08:00,3,,,,,,,\n"
                + "K14,2026-01-12T08:00,301,,maybe,雪,,,,\n"
                + ",2026-01-12 25:00,,,,,,,,elsewhere\n");
        assertFalse(parsed.valid());
        assertTrue(parsed.rows().isEmpty(), "a file is taken whole or not at all");
        List<String> said = sentences(parsed);
        assertEquals(List.of(
                "第 3 行 snow_depth_cm 列，值“abc”：应为数字，范围 0–300 厘米",
                "第 6 行 snow_depth_cm 列，值“301”：超出范围，应在 0–300 厘米",
                "第 6 行 road_icing 列，值“maybe”：应为 true/false、1/0 或 是/否",
                "第 6 行 freezing_phenomenon 列，值“雪”：应为 NONE、FREEZING_RAIN、GLAZE、ICE 或 无、冻雨、雨凇、冰凌",
                "第 7 行 location 列，值“”：必填，不能为空",
                "第 7 行 time 列，值“2026-01-12 25:00”："
                        + "不是可读的时间，应为 ISO 格式的本地时间，例如 2026-01-12T08:00（可带时差，如 +08:00）",
                "第 7 行 area 列，值“elsewhere”：应为 district（本区，默认）或 neighbour（相邻地区）"), said,
                "the quoted name over two lines puts the next rows on lines 6 and 7");
        assertEquals("line 3, column snow_depth_cm, value \"abc\": Must be a number in 0–300 cm",
                parsed.bad().get(0).sentence(Messages.english()));
    }

    @Test
    void theFormsCrossChecksApply() {
        List<String> said = sentences(parse("location,time,accretion_diameter_mm,freezing_phenomenon,"
                + "road_ice_thickness_cm,road_icing\nK12,2026-01-12T08:00,3,无,0.5,否\n"));
        assertEquals(List.of("第 2 行 accretion_diameter_mm 列，值“3”：报告了直径，冻雨/雨凇/冰凌不能选“无”",
                "第 2 行 road_ice_thickness_cm 列，值“0.5”：报告了结冰厚度，道路结冰不能选“无”"), said);
    }

    @Test
    void aTimeFarInTheFutureIsRefusedAsTheFormRefusesIt() {
        assertTrue(parse("location,time,snow_depth_cm\nK12,2026-01-12T10:10,3\n").valid(), "ten minutes ahead is a clock");
        List<String> said = sentences(parse("location,time,snow_depth_cm\nK12,2026-01-12T10:11,3\n"));
        assertEquals(List.of("第 2 行 time 列，值“2026-01-12T10:11”：时间晚于现在 10 分钟以上"), said);
    }

    @Test
    void headerProblemsRefuseTheFile() {
        assertEquals(List.of("第 1 行 snow_depth 列，值“snow_depth”：不认识的列名（拼错的列会被当作“未测量”，所以整份文件不予导入）；"
                        + "可用的列名：" + HEADER.strip(), "第 1 行 time 列，值“”：缺少必填的列"),
                sentences(parse("location,snow_depth\nK12,3\n")));
        assertEquals(List.of("文件只有表头，没有读数"), sentences(parse("location,time\n")));
        assertFalse(parse("").valid());
        assertFalse(parse("location,time,location\nK12,2026-01-12T08:00,K12\n").valid());
    }

    @Test
    void aRowWithNothingMeasuredOrTheWrongFieldCountIsBad() {
        assertEquals(List.of("第 2 行：这一行没有任何观测值，也没有日平均气温", "第 3 行：这一行有 2 个字段，表头有 3 列"),
                sentences(parse("location,time,snow_depth_cm\nK12,2026-01-12T08:00,\nK12,2026-01-12T09:00\n")));
    }

    @Test
    void fullWidthDigitsAreReadAsTheFormReadsThem() {
        StationCsv.Parsed parsed = parse("location,time,snow_depth_cm,air_temp_c\nK12,2026-01-12T08:00,１２．５,－３\n");
        assertEquals(12.5, parsed.rows().get(0).observation().snowDepthCm());
        assertEquals(-3.0, parsed.rows().get(0).observation().airTempC());
    }

    @Test
    void anUnclosedQuoteIsReported() {
        StationCsv.Parsed parsed = parse("location,time,snow_depth_cm\n\"K12,2026-01-12T08:00,3\n");
        assertFalse(parsed.valid());
        assertTrue(sentences(parsed).get(0).startsWith("不是可读的 CSV 文件"), sentences(parsed).toString());
    }
}
