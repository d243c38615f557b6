package cn.shiguai.roaddesk.access;

/**
 * Something the services check before they act (issue 14, item 2). Reading needs no
 * permission: everyone who signed in reads everything.
 */
public enum Permission {
    /** Readings, free log entries, calls, status updates of measures. */
    ENTER_RECORDS,
    /** Drafting a document (拟稿) and sending it for review. */
    DRAFT_DOCUMENT,
    /** Issuing a document (签发). */
    ISSUE_DOCUMENT,
    /** Starting, raising, lowering or ending a level I or II response in one's own name (§六: the leading group). */
    DECIDE_LEVEL_I_II,
    /** The same for levels III and IV (§六: the emergency office). */
    DECIDE_LEVEL_III_IV,
    /** Recording a decision as the order of the person authorised to make it, named, with how it was received. */
    RECORD_ORDER,
    MANAGE_USERS,
    MANAGE_ROSTER,
    MANAGE_RULE_SETS,
    MANAGE_SETTINGS;

    /**
     * The style class that marks a control of the window as needing this permission
     * ("needs-issue-document"): the desk hides what the signed-in role may not do.
     */
    public String styleClass() {
        return "needs-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** What the permission lets one do, as a refusal names it: "签发文件". */
    public String textKey() {
        return "access.permission." + name();
    }
}
