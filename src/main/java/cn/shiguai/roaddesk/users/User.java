package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.access.Role;
import java.time.Instant;

/**
 * A user as they are now (the newest row of their history), without the password's hash.
 *
 * @param person       the roster person the user is, or null
 * @param lockedUntil  the end of the last lock after failed sign-ins, or null; past when no longer locked
 */
public record User(String name, Role role, String person, boolean disabled, int failedSignIns, Instant lockedUntil) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Who this user is when acting at the desk. */
    public cn.shiguai.roaddesk.access.Actor actor() {
        return new cn.shiguai.roaddesk.access.Actor(name, role, person);
    }
}
