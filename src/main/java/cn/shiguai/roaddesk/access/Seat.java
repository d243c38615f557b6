package cn.shiguai.roaddesk.access;

import java.util.Objects;

/**
 * Who is signed in at this seat: the one answer every service asks before it writes (issue 14,
 * item 2), so a refusal does not depend on which buttons a screen shows. A seat starts as the
 * system, which the commands and the tests are; the window signs a person in before it shows the
 * desk and {@link #lock() locks} the seat when the officer steps away, after which nothing can be
 * written until someone signs in again.
 */
public final class Seat {
    private volatile Actor actor;
    private volatile boolean locked;

    public Seat() {
        this(Actor.system());
    }

    public Seat(Actor actor) {
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** Who acts now; while locked, still the last person signed in (the records of a lock name them). */
    public Actor actor() {
        return actor;
    }

    public boolean isLocked() {
        return locked;
    }

    public void signIn(Actor who) {
        this.actor = Objects.requireNonNull(who, "who");
        this.locked = false;
    }

    /** Nothing is written from this seat until {@link #signIn} again. */
    public void lock() {
        this.locked = true;
    }

    public boolean may(Permission permission) {
        return !locked && actor.may(permission);
    }

    /** Who may do it, or the refusal: the first thing a service does before it writes. */
    public Actor require(Permission permission) {
        Actor who = actor;
        if (locked || !who.may(permission)) {
            throw new NotPermittedException(who, permission);
        }
        return who;
    }
}
