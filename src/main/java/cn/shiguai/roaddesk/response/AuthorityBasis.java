package cn.shiguai.roaddesk.response;

/** The plan sentence on whose strength an allowed decision is recorded. */
public enum AuthorityBasis {
    /** §六(一) 由领导小组负责启动和组织实施一、二级响应. */
    GROUP_FOR_LEVELS_I_II("§六(一)"),
    /**
     * §五 duty 2 领导小组 "决定启动相应等级应急响应": the group decides responses of every level,
     * and the office is set up under it, so the group may also decide at levels III and IV.
     */
    GROUP_FOR_ANY_LEVEL("§五 职责2"),
    /** §六(二) 应急办公室负责启动和实施三、四级响应. */
    OFFICE_FOR_LEVELS_III_IV("§六(二)");

    private final String section;

    AuthorityBasis(String section) {
        this.section = section;
    }

    public String section() {
        return section;
    }

    public String labelKey() {
        return "decision.basis." + name();
    }
}
