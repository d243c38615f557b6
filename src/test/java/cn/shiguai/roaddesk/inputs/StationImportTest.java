package cn.shiguai.roaddesk.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.ui.TestDesk;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.Reading;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.ReadingRepository;
import cn.shiguai.roaddesk.weather.ReadingSource;
import cn.shiguai.roaddesk.weather.RecordState;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StationImportTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    static final String K35 = "石拐街道 包石公路 K35 大桥";
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");
    private final List<Change> announced = new ArrayList<>();

    StationImportTest() {
        desk.office().changes().subscribe(announced::add);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ImportReport importing(String file, String csv) {
        return desk.office().imports().importFile(file, csv.getBytes(StandardCharsets.UTF_8),
                StationImport.Channel.COMMAND_LINE, DutyLog.SYSTEM_AUTHOR);
    }

    private List<Reading> stored() {
        return new ReadingRepository(desk.database(), desk.stores().log()).recent(100);
    }

    private List<String> logTexts() {
        return desk.stores().log().day(DAY).stream().map(LogEntry::text).toList();
    }

    private ResponseLevel recommended() {
        return desk.office().situation().refreshNow().recommendedLevel();
    }

    @Test
    void takesAFileAndItsReadingsCarryTheFileAsSource() {
        ImportReport report = importing("k35-0800.csv", "location,time,snow_depth_cm,air_temp_c,daily_mean_temp_c\n"
                + K35 + ",2026-01-12T08:00,12,-8,-6.5\n" + K35 + ",2026-01-12T09:00,14,-7,-6.5\n");
        assertFalse(report.isRejected(), report.lines(Messages.chinese()).toString());
        assertEquals(2, report.taken());
        assertEquals(1, report.means());
        assertEquals(List.of(ReadingSource.CSV, ReadingSource.CSV), stored().stream().map(r -> r.values().source()).toList());
        assertEquals("k35-0800.csv", stored().get(0).values().sourceRef());
        assertEquals(ResponseLevel.III, recommended(), "14 cm of snow is level III");
        assertTrue(logTexts().contains("命令行导入：导入站点读数文件“k35-0800.csv”，新增读数 2 条，与已存读数相同而略过 0 条，"
                + "更正已存读数 0 条，录入日平均气温 1 条"), logTexts().toString());
        assertTrue(announced.contains(Change.READINGS), "the screens and the situation hear of it as of a typed reading");
    }

    @Test
    void theSameFileAgainIsNotADuplicateAndAChangedValueIsACorrection() {
        String first = "location,time,snow_depth_cm,daily_mean_temp_c\n" + K35 + ",2026-01-12T08:00,12,-6.5\n"
                + K35 + ",2026-01-12T09:00,14,-6.5\n";
        importing("a.csv", first);
        ImportReport again = importing("a.csv", first);
        assertEquals(List.of(0, 2, 0, 0), List.of(again.taken(), again.skipped(), again.corrected(), again.means()));
        assertEquals(2, stored().size());

        ImportReport changed = importing("b.csv", "location,time,snow_depth_cm\n" + K35 + ",2026-01-12T09:00,24\n"
                + K35 + ",2026-01-12T08:00,12\n");
        assertEquals(List.of(0, 1, 1), List.of(changed.taken(), changed.skipped(), changed.corrected()));
        assertEquals(3, stored().size(), "the corrected reading stays on record");
        Reading replaced = stored().stream().filter(r -> r.values().snowDepthCm() == 14.0).findFirst().orElseThrow();
        assertEquals(RecordState.REPLACED, replaced.state());
        assertEquals(ResponseLevel.II, recommended(), "24 cm counts now, 14 cm no longer");
        assertTrue(logTexts().stream().anyMatch(t -> t.startsWith("更正读数（替换第 " + replaced.id() + " 号读数）")
                && t.contains("站点读数文件“b.csv”第 2 行给出了不同的数值")), logTexts().toString());
    }

    @Test
    void aRowRepeatedInTheSameFileIsSkippedButTwoValuesForOneTimeRefuseIt() {
        ImportReport twice = importing("a.csv", "location,time,snow_depth_cm\n" + K35 + ",2026-01-12T08:00,12\n"
                + K35 + ",2026-01-12T08:00,12\n");
        assertEquals(List.of(1, 1), List.of(twice.taken(), twice.skipped()));
        ImportReport conflicting = importing("b.csv", "location,time,snow_depth_cm\nK9,2026-01-12T08:00,12\n"
                + "K9,2026-01-12T08:00,13\n");
        assertEquals(List.of("第 3 行 location 列，值“K9”：与第 2 行同一监测点、同一时间，但数值不同；请保留正确的一行"),
                conflicting.bad().stream().map(b -> b.sentence(Messages.chinese())).toList());
    }

    @Test
    void oneBadRowRefusesTheWholeFileAndTheRefusalIsLogged() {
        ImportReport report = importing("bad.csv", "location,time,snow_depth_cm\n" + K35 + ",2026-01-12T08:00,12\n"
                + K35 + ",2026-01-12T09:00,-1\n");
        assertTrue(report.isRejected());
        assertTrue(stored().isEmpty(), "not even the good row is kept");
        assertEquals(List.of("bad.csv：整份文件未导入，有 1 处问题：", "  第 3 行 snow_depth_cm 列，值“-1”：超出范围，应在 0–300 厘米"),
                report.lines(Messages.chinese()));
        assertTrue(logTexts().contains("命令行导入：站点读数文件“bad.csv”整份未导入，未保存任何读数。共 1 处问题：\n"
                + "第 3 行 snow_depth_cm 列，值“-1”：超出范围，应在 0–300 厘米"), logTexts().toString());
    }

    @Test
    void aNameNearAKnownPointIsABadRowNamingIt() {
        desk.office().readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(7, 0))
                .snowDepthCm(2.0).build()), "王海燕");
        ImportReport report = importing("a.csv", "location,time,snow_depth_cm\n五当镇旅游公路K12弯道,2026-01-12T08:00,3\n"
                + "五当召镇 旅游公路 K12 弯道,2026-01-12T09:00,4\n");
        assertEquals(List.of("第 2 行 location 列，值“五当镇旅游公路K12弯道”：与已有监测点“五当召镇 旅游公路 K12 弯道”很接近却不相同；"
                + "若指的是它，请在文件中写成“五当召镇 旅游公路 K12 弯道”；若确是新监测点，请先在监测点页登记"),
                report.bad().stream().map(b -> b.sentence(Messages.chinese())).toList());
        assertEquals(1, stored().size());
    }

    @Test
    void numberedNewPointsOfOneFileAreAllNew() {
        ImportReport report = importing("a.csv", "location,time,snow_depth_cm\n站点 01,2026-01-12T08:00,3\n"
                + "站点 02,2026-01-12T08:00,4\n");
        assertFalse(report.isRejected(), report.lines(Messages.chinese()).toString());
        assertEquals(2, report.taken());
    }

    @Test
    void neighbourReadingsAreKeptButNeverCounted() {
        ImportReport report = importing("n.csv", "location,time,snow_depth_cm,area\n固阳县 G210 K5,2026-01-12T08:00,40,neighbour\n");
        assertFalse(report.isRejected(), report.lines(Messages.chinese()).toString());
        assertEquals(LocationKind.NEIGHBOUR, stored().get(0).locationKind());
        assertEquals(ResponseLevel.NONE, recommended(), "40 cm in a neighbouring county is not the district's snow");

        ImportReport wrongArea = importing("m.csv", "location,time,snow_depth_cm\n固阳县 G210 K5,2026-01-12T09:00,41\n");
        assertEquals("第 2 行 area 列，值“固阳县 G210 K5”：监测点“固阳县 G210 K5”已登记为相邻地区的监测点，area 列与之不符",
                wrongArea.bad().get(0).sentence(Messages.chinese()));
    }

    @Test
    void logTextsNameNoEnumAndNoUtcInstant() {
        importing("a.csv", "location,time,snow_depth_cm,freezing_phenomenon,road_icing,area\n"
                + K35 + ",2026-01-12T00:00Z,12,GLAZE,true,district\n");
        importing("b.csv", "location,time\n");
        Pattern machine = Pattern.compile("\\b(DISTRICT|NEIGHBOUR|GLAZE|CSV|COMMAND_LINE|INBOX|READING)\\b|\\d{4}-\\d{2}-\\d{2}T");
        for (String text : logTexts()) {
            assertFalse(machine.matcher(text).find(), text);
        }
    }
}
