package cn.shiguai.roaddesk.roster;

/**
 * A position's place in the leading group of §五, spelled in the roster file with the plan's
 * own words. Decision authority (§六) depends on it, so the words are closed, not free text.
 */
public enum GroupRole {
    /** 组长: decides levels I and II for the group. */
    LEADER("组长"),
    /** 副组长: may act for the group. */
    DEPUTY("副组长"),
    /** 领导小组下设办公室: the emergency office, which starts levels III and IV. */
    OFFICE("领导小组下设办公室");

    private final String word;

    GroupRole(String word) {
        this.word = word;
    }

    /** The plan's word, as written in the roster file. */
    public String word() {
        return word;
    }

    /** The role a roster-file word names, or {@code null} for an unknown word. */
    public static GroupRole fromWord(String word) {
        for (GroupRole role : values()) {
            if (role.word.equals(word)) {
                return role;
            }
        }
        return null;
    }
}
