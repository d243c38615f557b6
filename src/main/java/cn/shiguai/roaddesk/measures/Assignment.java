package cn.shiguai.roaddesk.measures;

/** One position's part in one measure or standing task. Its status is tracked per assignment. */
public record Assignment(CatalogueItem item, String positionKey, Share share) {

    public AssignmentKey key() {
        return new AssignmentKey(item.id(), positionKey);
    }

    /** The plan text as compared across levels (see {@link Wording}). */
    String wording() {
        return Wording.normalise(item.text());
    }
}
