package cn.shiguai.roaddesk.inputs.http;

import java.time.Duration;
import java.time.Instant;

/**
 * Where one source stands: when it last answered, its last error, how many failures in a row,
 * and when it is tried next; with the validators of the last file taken.
 *
 * @param lastError the last failure or refusal in words, null after a clean fetch
 */
public record SourceState(String name, Instant lastSuccess, Instant lastNewFile, String lastError, int failures,
                          Instant nextTry, String etag, String lastModified) {

    static SourceState first(String name, Instant now) {
        return new SourceState(name, null, null, null, 0, now, null, null);
    }

    SourceState succeeded(Instant now, Duration every, String newEtag, String newModified, boolean newFile) {
        return new SourceState(name, now, newFile ? now : lastNewFile, null, 0, now.plus(every), newEtag, newModified);
    }

    SourceState refused(String why) {
        return new SourceState(name, lastSuccess, lastNewFile, why, failures, nextTry, etag, lastModified);
    }

    SourceState failed(Instant now, String why, int inARow, Instant next) {
        return new SourceState(name, lastSuccess, lastNewFile, why, inARow, next, etag, lastModified);
    }

    /**
     * Silent for longer than expected: nothing new for more than its interval and a half (the
     * half leaves room for the fetch itself and the timer, so a punctual source never flickers).
     */
    public boolean isStale(Instant now, Duration every) {
        Instant since = lastNewFile != null ? lastNewFile : lastSuccess;
        return since == null || Duration.between(since, now).compareTo(every.multipliedBy(3).dividedBy(2)) > 0;
    }
}
