package cn.shiguai.roaddesk.inputs.http;

import java.time.Instant;

/** A configured web source and where it stands, as the settings screen lists it and the board reads it. */
public record SourceStatus(HttpSource source, SourceState state) {

    /**
     * Silent for longer than its interval, once it has been tried: a source just configured is
     * not silent before its first fetch.
     */
    public boolean isSilent(Instant now) {
        boolean tried = state.lastSuccess() != null || state.failures() > 0 || state.lastError() != null;
        return tried && state.isStale(now, source.every());
    }

    /** When it last sent something new, else when it last answered; null if never. */
    public Instant lastHeard() {
        return state.lastNewFile() != null ? state.lastNewFile() : state.lastSuccess();
    }
}
