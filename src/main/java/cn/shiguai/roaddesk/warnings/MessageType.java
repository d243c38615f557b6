package cn.shiguai.roaddesk.warnings;

/** CAP msgType of the signals kept: Ack and Error are answers between systems and are not kept. */
public enum MessageType {
    ALERT, UPDATE, CANCEL
}
