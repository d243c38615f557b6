package cn.shiguai.roaddesk.dutylog;

import java.time.Instant;

/** A call the office promised to return and has not yet: listed until it is marked done. */
public record OpenCallback(long callId, long entrySeq, PhoneCall call, String said, Instant occurredAt,
                           String enteredBy) {

    public Instant due() {
        return call.callbackDue();
    }
}
