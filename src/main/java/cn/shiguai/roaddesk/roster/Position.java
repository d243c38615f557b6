package cn.shiguai.roaddesk.roster;

/**
 * A post in the leading group, or the emergency office. Measures are owed by positions, not by
 * persons, so they survive a change of holder.
 *
 * @param key        stable identifier used by the measure catalogue, e.g. {@code TRANSPORT}
 * @param title      the post as the plan names it, e.g. 区交通运输局局长
 * @param memberUnit whether the post's unit is a member unit (成员单位): "ALL" in the catalogue
 *                   means every member unit
 */
public record Position(String key, String title, GroupRole groupRole, int sortOrder, boolean memberUnit) {

    public Position {
        if (key == null || key.isBlank() || title == null || title.isBlank() || groupRole == null) {
            throw new IllegalArgumentException("a position needs a key, a title and a group role");
        }
    }

    public boolean isOffice() {
        return groupRole == GroupRole.OFFICE;
    }
}
