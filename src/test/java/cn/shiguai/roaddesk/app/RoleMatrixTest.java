package cn.shiguai.roaddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.NotPermittedException;
import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.access.Permissions;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.PhoneCall;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.issue.Drafted;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.settings.DeskSettings;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, item 2: each service called directly as each role. What the role may do is done;
 * what it may not is refused with {@link NotPermittedException} and leaves the duty log as it
 * was. The window shows only what the same table allows; this proves the services hold the line
 * without it.
 */
class RoleMatrixTest {
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private static final Instant NINE = DAY.atTime(9, 0).atZone(DISTRICT).toInstant();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);

    /** One act at the desk, with the permission it needs, done on an office prepared by {@link #office()}. */
    record Act(String name, Permission needs, Consumer<Office> act) {
        /** Drafting changes nothing stored: it is done when it returns. */
        boolean logged() {
            return needs != Permission.DRAFT_DOCUMENT;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Act> acts() {
        return Stream.of(
                new Act("enter a reading", Permission.ENTER_RECORDS, o -> o.readings().save(ReadingDraft.of(
                        Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 30)).snowDepthCm(3.0).build()),
                        o.seat().actor().person())),
                new Act("write a log entry", Permission.ENTER_RECORDS, o -> o.stores().log().append(
                        LogDraft.of(o.seat().actor().person(), LogCategory.NOTE, "巡查路段一切正常"))),
                new Act("record a call", Permission.ENTER_RECORDS, o -> o.stores().calls().record(
                        LogDraft.of(o.seat().actor().person(), LogCategory.PHONE_IN, "交警大队报告路面结冰"),
                        new PhoneCall(PhoneCall.Direction.IN, "交警大队", null, null, null))),
                new Act("report a measure's progress", Permission.ENTER_RECORDS, o -> {
                    OwedItem item = o.measures().owed().get(0);
                    o.measures().update(item, new MeasureBoard.StatusReport(item.assignmentId(),
                            MeasureStatus.IN_PROGRESS, "交通运输局", "", NINE, o.seat().actor().person()));
                }),
                new Act("draft a document", Permission.DRAFT_DOCUMENT,
                        o -> o.documents().draft(DocumentKind.DAILY_REPORT, DAY, o.seat().actor().person())),
                new Act("issue a document", Permission.ISSUE_DOCUMENT, o -> {
                    Drafted drafted = asSystem(o, () -> o.documents().draft(DocumentKind.DAILY_REPORT, DAY, "王海燕"));
                    o.documents().issue(drafted, drafted.draft().texts(), o.seat().actor().person());
                }),
                new Act("decide level III in one's own name", Permission.DECIDE_LEVEL_III_IV,
                        o -> o.responses().decide(new DecisionRequest(Decision.raise(ResponseLevel.IV, ResponseLevel.III),
                                ResponseLevel.III, DAY, o.seat().actor().person(), capacityOf(o.seat().actor()), null,
                                null), NINE, o.seat().actor().person())),
                new Act("decide level II in one's own name", Permission.DECIDE_LEVEL_I_II,
                        o -> o.responses().decide(new DecisionRequest(Decision.raise(ResponseLevel.IV, ResponseLevel.II),
                                ResponseLevel.III, DAY, o.seat().actor().person(), Capacity.GROUP_LEADER, null,
                                "气象部门预报今夜有大范围冻雨，组长决定提前提升响应"), NINE, o.seat().actor().person())),
                new Act("record the director's order", Permission.RECORD_ORDER,
                        o -> o.responses().decide(new DecisionRequest(Decision.raise(ResponseLevel.IV, ResponseLevel.III),
                                ResponseLevel.III, DAY, "刘雪峰", Capacity.OFFICE_DIRECTOR, null, null,
                                cn.shiguai.roaddesk.response.OrderChannel.PHONE), NINE,
                                o.seat().actor().person())),
                new Act("appoint a duty officer", Permission.MANAGE_ROSTER,
                        o -> o.roster().appointDutyOfficer("赵晓东", DAY, "", o.seat().actor().person())),
                new Act("change a setting", Permission.MANAGE_SETTINGS,
                        o -> new DeskSettings(o.stores().settings()).setStaleHours(4, o.seat().actor().person())),
                new Act("add a user", Permission.MANAGE_USERS,
                        o -> cn.shiguai.roaddesk.users.TestUsers.users(o.database(), o.stores().log(), () -> o.roster().roster())
                                .add("zhao", Role.DUTY_OFFICER, null, "一二三四五六七八九十".toCharArray(), o.seat().actor())));
    }

    static Stream<Arguments> everyRoleAndAct() {
        return acts().flatMap(act -> Stream.of(Role.values()).map(role -> Arguments.of(role, act)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyRoleAndAct")
    void eachServiceDoesWhatTheRoleMayAndRefusesTheRest(Role role, Act act) {
        Office office = office();
        office.seat().signIn(actorFor(role));
        long before = entries(office);
        if (Permissions.allows(role, act.needs())) {
            act.act().accept(office);
            assertTrue(!act.logged() || entries(office) > before,
                    role + " may " + act + ": it is done and logged");
        } else {
            NotPermittedException refused = assertThrows(NotPermittedException.class, () -> act.act().accept(office));
            assertEquals(act.needs(), refused.permission());
            assertEquals(before, entries(office),
                    "a refusal writes nothing");
            assertTrue(refused.message(Messages.chinese()).contains("无权"), refused.message(Messages.chinese()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acts")
    void aLockedSeatWritesNothingWhoeverSignedIn(Act act) {
        Office office = office();
        office.seat().signIn(actorFor(Role.LEADER));
        office.seat().lock();
        assertThrows(NotPermittedException.class, () -> act.act().accept(office));
    }

    /**
     * A level IV response in force (so a measure is owed and III or II can be decided), decided
     * by the director as the system records it; the district's roster has 刘雪峰 as the director
     * and 张占良 as the group leader.
     */
    private Office office() {
        Office office = Office.onCallingThread(TestDatabases.fresh(clock), RULES, clock);
        office.readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-7.0).build()), "王海燕");
        office.responses().decide(new DecisionRequest(Decision.start(ResponseLevel.IV), ResponseLevel.III, DAY,
                "刘雪峰", Capacity.OFFICE_DIRECTOR, null, "先启动四级响应，观察雪情发展"),
                DAY.atTime(8, 30).atZone(DISTRICT).toInstant(), "王海燕");
        return office;
    }

    private static long entries(Office office) {
        return office.database().read(c -> {
            try (var statement = c.createStatement(); var rows = statement.executeQuery("SELECT COUNT(*) FROM duty_log")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static Actor actorFor(Role role) {
        return switch (role) {
            case DUTY_OFFICER -> new Actor("wanghy", role, "王海燕");
            case DIRECTOR -> new Actor("liuxf", role, "刘雪峰");
            case LEADER -> new Actor("zhangzl", role, "张占良");
            case ADMIN -> new Actor("admin", role, "王建国");
        };
    }

    private static Capacity capacityOf(Actor actor) {
        return actor.role() == Role.LEADER ? Capacity.GROUP_LEADER : Capacity.OFFICE_DIRECTOR;
    }

    private static <T> T asSystem(Office office, java.util.function.Supplier<T> work) {
        Actor signedIn = office.seat().actor();
        boolean locked = office.seat().isLocked();
        office.seat().signIn(Actor.system());
        try {
            return work.get();
        } finally {
            office.seat().signIn(signedIn);
            if (locked) {
                office.seat().lock();
            }
        }
    }
}
