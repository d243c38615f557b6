package cn.shiguai.roaddesk.report.store;

/** The documents the office issues (domain §8). */
public enum DocumentKind {
    /** 道路交通情况日报 */
    DAILY_REPORT,
    /** 恶劣天气交通影响预警通报 */
    WARNING_NOTICE,
    /** 出行提示 */
    PUBLIC_BULLETIN,
    /** 上报 */
    SUPERIOR_REPORT
}
