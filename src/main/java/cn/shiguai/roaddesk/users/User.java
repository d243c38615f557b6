package cn.shiguai.roaddesk.users;

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
}
