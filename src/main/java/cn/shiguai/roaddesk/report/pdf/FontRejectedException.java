package cn.shiguai.roaddesk.report.pdf;

/** A font file that exists but cannot be used; the message is the user-facing reason. */
final class FontRejectedException extends Exception {
    FontRejectedException(String reason) {
        super(reason);
    }
}
