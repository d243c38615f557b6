package cn.shiguai.roaddesk.inputs.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A station file published at an address, fetched every so often.
 *
 * @param name  the source's name as the office calls it; the readings' source names it
 * @param url   an http or https address
 * @param every how often it is expected to change, and so how often it is fetched
 */
public record HttpSource(String name, URI url, Duration every) {
    public HttpSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(every, "every");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) address: " + url);
        }
    }
}
