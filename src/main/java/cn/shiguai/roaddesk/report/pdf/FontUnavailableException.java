package cn.shiguai.roaddesk.report.pdf;

/** No usable CJK TrueType font: the message says what to install or configure. */
public final class FontUnavailableException extends ReportRenderingException {
    FontUnavailableException(String message) {
        super(message);
    }
}
