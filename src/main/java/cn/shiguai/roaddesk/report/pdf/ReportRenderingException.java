package cn.shiguai.roaddesk.report.pdf;

/** A document could not be rendered; the message is meant for the user and comes from the bundle. */
public class ReportRenderingException extends RuntimeException {
    public ReportRenderingException(String message) {
        super(message);
    }

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
