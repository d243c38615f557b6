package cn.shiguai.roaddesk.report;

/**
 * The documents the office issues (domain §8), each numbered per year on its own (第N期). The
 * names are the store's codes for them, so they must not be renamed.
 */
public enum DocumentKind {
    /** §九(一): the daily road traffic summary to the leading group. */
    DAILY_REPORT("道路交通情况日报", "§九(一)"),
    /** §七(三): the early warning to the departments concerned. */
    WARNING_NOTICE("恶劣天气交通影响预警通报", "§七(三)"),
    /** §九(二): public information when roads are cut. */
    PUBLIC_BULLETIN("出行提示", "§九(二)"),
    /** §五 职责4: the periodic report to superiors (上报). */
    SUPERIOR_REPORT("恶劣天气道路交通情况报告", "§五 职责4"),
    /**
     * §五: the office keeps the 24-hour duty; the record of each handover (交接班记录, issue 14
     * item 5). Filed by the desk when the incoming officer takes over, never drafted or 签发.
     */
    HANDOVER_SHEET("交接班记录", "§五");

    /** The kinds the office drafts and issues (签发) on the documents screen: all but the desk's own records. */
    public static java.util.List<DocumentKind> drafted() {
        return java.util.Arrays.stream(values()).filter(k -> k != HANDOVER_SHEET).toList();
    }

    private final String chineseName;
    private final String section;

    DocumentKind(String chineseName, String section) {
        this.chineseName = chineseName;
        this.section = section;
    }

    /** The document's name in Chinese, as printed in correction notes ("道路交通情况日报"). */
    public String chineseName() {
        return chineseName;
    }

    /** Where in the plan the document is required. */
    public String section() {
        return section;
    }

    /** Bundle key of the name shown in the window's lists. */
    public String labelKey() {
        return "report.kind." + name();
    }
}
