package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.access.Role;
import java.time.Instant;

/**
 * The newest row of a user's history, hash included; it stays inside this package. Each
 * {@code with…} is the state a new row would leave.
 */
record UserRow(long userId, String name, long changeId, Role role, String person, String passwordHash,
               boolean disabled, int failedSignIns, Instant lockedUntil) {

    User user() {
        return new User(name, role, person, disabled, failedSignIns, lockedUntil);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Failures since the last lock ended: a lock that ran out starts the count again. */
    int failuresCounting() {
        return lockedUntil != null ? 0 : failedSignIns;
    }

    UserRow withPassword(String hash) {
        return new UserRow(userId, name, changeId, role, person, hash, disabled, failedSignIns, lockedUntil);
    }

    UserRow withDisabled() {
        return new UserRow(userId, name, changeId, role, person, passwordHash, true, failedSignIns, lockedUntil);
    }

    UserRow withFailures(int failures, Instant until) {
        return new UserRow(userId, name, changeId, role, person, passwordHash, disabled, failures, until);
    }

    /** Never the hash: rows end up in test reports and the application log. */
    @Override
    public String toString() {
        return "UserRow[" + name + ", " + role + ", change " + changeId + ", disabled=" + disabled + ", failed="
                + failedSignIns + ", lockedUntil=" + lockedUntil + "]";
    }
}
