package cn.shiguai.roaddesk.measures;

/** One position's part in one measure or standing task. Its status is tracked per assignment. */
public record Assignment(CatalogueItem item, String positionKey, Share share) {

    public AssignmentKey key() {
        return new AssignmentKey(item.id(), positionKey);
    }

    /** Same position, same sentence of the plan: the unit is doing the same work, whatever the level. */
    public boolean sameWorkAs(Assignment other) {
        return positionKey.equals(other.positionKey) && wording().equals(other.wording());
    }

    /** The plan text as compared across levels (see {@link Wording}). */
    String wording() {
        return Wording.normalise(item.text());
    }
}
