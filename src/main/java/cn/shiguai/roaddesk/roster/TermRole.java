package cn.shiguai.roaddesk.roster;

/**
 * What a term of office makes its person. Member-unit posts have one holder at a time. The
 * emergency office has a director (one at a time) and duty officers (any number): the duty
 * officer is not a post of the plan, but §六(二) lets the office act through its staff, so duty
 * officers are people of the office with a role, not a position of their own.
 */
public enum TermRole {
    HOLDER,
    DIRECTOR,
    DUTY_OFFICER;

    /** Whether the term holds the post itself (one person at a time), as opposed to duty staff. */
    public boolean holdsThePost() {
        return this != DUTY_OFFICER;
    }

    /** The roles a term of the given position may have. */
    public boolean fits(Position position) {
        return position.isOffice() ? this != HOLDER : this == HOLDER;
    }
}
