package cn.shiguai.roaddesk.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what, as data: one row per role (issue 14, item 2). The leading group decides
 * levels I–II and the office III–IV (§六); a leader may also decide III–IV, being above the
 * office. A duty officer decides nothing in their own name and records a decision only as the
 * order of the person authorised to make it. The administrator manages the desk and enters no
 * records of the emergency: an account for configuration keeps no authority over the record.
 *
 * <p>Asked by the services through {@link Seat#require(Permission)}; the window asks the same
 * table to show only what the role may do.
 */
public final class Permissions {
    private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

    static {
        TABLE.put(Role.DUTY_OFFICER, EnumSet.of(Permission.ENTER_RECORDS, Permission.DRAFT_DOCUMENT,
                Permission.RECORD_ORDER));
        TABLE.put(Role.DIRECTOR, EnumSet.of(Permission.ENTER_RECORDS, Permission.DRAFT_DOCUMENT,
                Permission.RECORD_ORDER, Permission.ISSUE_DOCUMENT, Permission.DECIDE_LEVEL_III_IV));
        TABLE.put(Role.LEADER, EnumSet.of(Permission.ENTER_RECORDS, Permission.DRAFT_DOCUMENT,
                Permission.RECORD_ORDER, Permission.ISSUE_DOCUMENT, Permission.DECIDE_LEVEL_III_IV,
                Permission.DECIDE_LEVEL_I_II));
        TABLE.put(Role.ADMIN, EnumSet.of(Permission.MANAGE_USERS, Permission.MANAGE_ROSTER,
                Permission.MANAGE_RULE_SETS, Permission.MANAGE_SETTINGS));
    }

    private Permissions() {
    }

    public static boolean allows(Role role, Permission permission) {
        return TABLE.get(role).contains(permission);
    }

    /** What the role may do, in the permissions' order. */
    public static Set<Permission> of(Role role) {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(TABLE.get(role)));
    }
}
