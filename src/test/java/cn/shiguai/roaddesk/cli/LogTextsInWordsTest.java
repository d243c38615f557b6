package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.PhoneCall;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionCorrection;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.ui.TestDesk;
import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.users.SignIn;
import cn.shiguai.roaddesk.users.TestUsers;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.ReadingSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every record the desk writes is a sentence a person writes: a data directory that used every
 * feature is listed with {@code log list}, and no line holds a setting key, an enum constant's
 * name or a UTC instant.
 */
class LogTextsInWordsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern KEY = Pattern.compile("\\b[a-z]+(\\.[a-z][A-Za-z]*)+\\b");
    private static final String K12 = "五当召镇 旅游公路 K12 弯道";

    @TempDir
    Path dir;

    @Test
    void everyLineOfTheLogIsWordsAndLocalTimes() {
        TestClock clock = TestClock.at("2026-01-12T00:30:00Z");
        try (Database db = Database.open(DataDirectory.of(dir), clock);
             Office office = Office.onCallingThread(db, TestDesk.RULES, clock)) {
            useEveryFeature(office, clock);
        }
        CliRun list = CliRun.of("--data-dir", dir.toString(), "log", "list");
        assertEquals(0, list.status(), list.err());
        if (System.getProperty("roaddesk.printLog") != null) {
            System.out.println(list.out());
        }
        List<String> offending = new ArrayList<>();
        for (String line : list.out().split("\n")) {
            if (INSTANT.matcher(line).find() || KEY.matcher(line).find() || enumName(line) != null) {
                offending.add(line + "   ← " + (enumName(line) != null ? enumName(line) : "key or instant"));
            }
        }
        assertTrue(list.out().lines().count() > 40, "every feature wrote: " + list.out().lines().count());
        assertEquals(List.of(), offending);
    }

    private static String enumName(String line) {
        return Stream.of(LogCategory.values(), DecisionKind.values(), MeasureStatus.values(), Capacity.values(),
                        LocationKind.values(), ReadingSource.values(), FreezingPhenomenon.values(),
                        cn.shiguai.roaddesk.dutylog.LinkType.values(), PhoneCall.Direction.values(), Role.values())
                .flatMap(Arrays::stream).map(Enum::name).filter(n -> n.length() > 2)
                .filter(n -> Pattern.compile("\\b" + n + "\\b").matcher(line).find()).findFirst().orElse(null);
    }

    static void useEveryFeature(Office office, TestClock clock) {
        var readings = office.readings();
        String by = "王海燕";
        office.roster().appointDutyOfficer(by, DAY.minusDays(10), "冬季值班", "系统");
        office.roster().appointDutyOfficer("赵晓东", DAY.minusDays(10), null, "系统");
        readings.save(new ReadingDraft(Observation.at(K12, DAY.atTime(8, 0)).snowDepthCm(12.0).airTempC(-7.0)
                .freezing(FreezingPhenomenon.GLAZE).roadIcing(true).build(), LocationKind.DISTRICT, -8.0,
                new TrafficReport(K12, DAY.atTime(8, 0), 2, 1, true)), by);
        var typo = readings.save(ReadingDraft.of(Observation.at("五当镇旅游公路K12弯道", DAY.atTime(8, 10))
                .snowDepthCm(31.0).build()), by);
        readings.correct(typo.id(), ReadingDraft.of(Observation.at("五当镇旅游公路K12弯道", DAY.atTime(8, 10))
                .snowDepthCm(13.0).build()), "听错了", by);
        var wrong = readings.save(new ReadingDraft(Observation.at("固阳县 界牌", DAY.atTime(8, 20)).snowDepthCm(20.0)
                .build(), LocationKind.NEIGHBOUR, null, null), by);
        readings.withdraw(wrong.id(), "重复录入", by);
        var traffic = readings.store().recentTraffic(1).get(0);
        readings.correctTraffic(traffic.id(), new TrafficReport(K12, DAY.atTime(8, 0), 3, 1, true), "时长有误", by);
        readings.withdrawTraffic(readings.store().recentTraffic(1).get(0).id(), "道路已恢复，报告作废", by);
        readings.correctMean(DAY, -6.0, "气象局更正", by);
        readings.correctMean(DAY, null, "撤销", by);
        var points = office.points();
        long typoPoint = points.list().stream().filter(p -> p.location().name().startsWith("五当镇")).findFirst()
                .orElseThrow().location().id();
        long k12 = points.list().stream().filter(p -> p.location().name().equals(K12)).findFirst().orElseThrow()
                .location().id();
        points.merge(typoPoint, k12, "漏字", by);
        points.rename(k12, K12 + " 观测点", "按桩号更名", by);
        long neighbour = points.list().stream().filter(p -> p.location().kind() == LocationKind.NEIGHBOUR).findFirst()
                .orElseThrow().location().id();
        points.retire(neighbour, "不再观测", by);

        var level = office.situation().evaluationOf(DAY).level();
        clock.advance(Duration.ofMinutes(30));
        office.responses().decide(new DecisionRequest(Decision.start(ResponseLevel.III), level, DAY, "刘雪峰",
                Capacity.OFFICE_DIRECTOR, null, ResponseLevel.III == level ? null : "研判"), clock.instant(), by);
        OwedItem item = office.measures().owed().get(0);
        office.measures().update(item, new MeasureBoard.StatusReport(item.assignmentId(), MeasureStatus.CANNOT, "李新明",
                "铲雪车故障", clock.instant(), by));
        clock.advance(Duration.ofMinutes(5));
        var raise = office.responses().decide(new DecisionRequest(Decision.raise(ResponseLevel.III, ResponseLevel.II),
                level, DAY, "张占良", Capacity.GROUP_LEADER, null, "误点"), clock.instant(), by);
        clock.advance(Duration.ofMinutes(5));
        office.responses().correct(new DecisionCorrection(raise.id(), null, "张占良", Capacity.GROUP_LEADER, null, "误录",
                DAY), clock.instant(), by);
        office.roster().changeHolder("TRANSPORT", "赵志刚", DAY, "区委任命", by);
        office.upperLevels().record(new cn.shiguai.roaddesk.upper.UpperAnnouncement("包头市", ResponseLevel.III,
                DAY.atTime(8, 0), "包政办发〔2026〕12号", null), by);
        office.roster().endDutyOfficer("赵晓东", DAY, by);

        var settings = new cn.shiguai.roaddesk.settings.DeskSettings(office.stores().settings());
        settings.setLanguage("en", by);
        settings.setStaleHours(4, by);
        settings.setFont("", by);
        office.stores().reviewMarks().markLooked("张占良", clock.instant());
        office.officer().handOverTo("赵晓东", "K12 需复核");

        long call = office.stores().calls().record(LogDraft.of(by, LogCategory.PHONE_IN, "请求派车")
                .occurredAt(clock.instant()), new PhoneCall(PhoneCall.Direction.IN, "李新明", "区交通运输局",
                "13804721234", clock.instant().plus(Duration.ofHours(1))));
        office.stores().calls().markDone(office.stores().calls().open().get(0), by, "已派车");
        office.stores().log().append(LogDraft.of(by, LogCategory.NOTE, "更正前").occurredAt(clock.instant()));
        long note = office.stores().log().verify().count();
        office.stores().log().append(LogDraft.of(by, LogCategory.OBSERVATION, "更正后").occurredAt(clock.instant())
                .correcting(note, "类别有误"));
        var drafted = office.documents().draft(DocumentKind.DAILY_REPORT, DAY, by);
        office.documents().issue(drafted, drafted.draft().texts(), by);
        assertTrue(call > 0);
        useUsers(office);
    }

    /** Users added, a new password, a lock after wrong passwords, an unlock, a user disabled. */
    private static void useUsers(Office office) {
        var log = office.stores().log();
        var users = TestUsers.users(office.database(), log, () -> office.roster().roster());
        var admin = new Actor("王建国", Role.ADMIN);
        users.add("王建国", Role.ADMIN, null, "管理员的足够长的密码".toCharArray(), Actor.system());
        users.add("王海燕", Role.DUTY_OFFICER, "王海燕", "值班员的足够长的密码".toCharArray(), admin);
        users.changePassword("王海燕", "值班员的另一个长密码".toCharArray(), admin);
        var signIn = TestUsers.signIn(office.database(), log);
        for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
            signIn.signIn("王海燕", "错的密码错的密码".toCharArray());
        }
        users.unlock("王海燕", admin);
        users.add("赵晓东", Role.LEADER, null, "领导的足够长的密码啊".toCharArray(), admin);
        users.disable("赵晓东", admin);
    }
}
