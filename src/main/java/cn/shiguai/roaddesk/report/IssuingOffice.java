package cn.shiguai.roaddesk.report;

import java.util.Objects;

/**
 * Who issues the documents and to whom reports go: settings of the office, printed as they are.
 *
 * @param district          e.g. 石拐区; starts the documents' titles
 * @param issuer            the letterhead (发文机关)
 * @param superiorAddressee the default addressee (主送机关) of reports to superiors; the office
 *                          may change it in each draft
 */
public record IssuingOffice(String district, String issuer, String superiorAddressee) {
    /** The office of the 2019 plan. The superiors' addressee is a default to confirm with the office. */
    public static final IssuingOffice SHIGUAI = new IssuingOffice("石拐区",
            "石拐区恶劣天气交通应急处置工作领导小组应急办公室", "包头市应急管理局");

    public IssuingOffice {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(superiorAddressee, "superiorAddressee");
    }
}
