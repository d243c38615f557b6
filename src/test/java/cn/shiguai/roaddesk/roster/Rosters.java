package cn.shiguai.roaddesk.roster;

import java.time.LocalDate;

/** Rosters for tests: the packaged one of 2019, and the same with a duty officer on staff. */
public final class Rosters {
    public static final LocalDate DAY = LocalDate.of(2021, 1, 15);
    public static final String LEADER = "张占良";
    public static final String DEPUTY = "李新明";
    public static final String DIRECTOR = "刘雪峰";
    public static final String DUTY_OFFICER = "王海燕";

    private Rosters() {
    }

    public static Roster of2019() {
        return new RosterLoader().loadDefault();
    }

    /** The 2019 roster with one duty officer appointed from 2020-11-01. */
    public static Roster withDutyOfficer() {
        return of2019().appointDutyOfficer(DUTY_OFFICER, LocalDate.of(2020, 11, 1), "冬季值班");
    }
}
