package cn.shiguai.roaddesk.inputs.http;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The sources configured in {@code sources.properties} in the data directory, one block a
 * source: {@code NAME.url=https://…} and {@code NAME.everyMinutes=10} (1–1440, default 10). A
 * block that cannot be used is named in {@link Loaded#problems} and left out; the others run.
 */
public final class HttpSources {
    public static final String FILE = "sources.properties";
    static final int DEFAULT_MINUTES = 10;

    /** The usable sources, and a sentence key with arguments for each block that is not. */
    public record Loaded(List<HttpSource> sources, List<String> problems) { }

    private HttpSources() {
    }

    public static Loaded read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Loaded(List.of(), List.of());
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return parse(p);
    }

    static Loaded parse(Properties p) {
        TreeSet<String> names = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            if (dot > 0) {
                names.add(key.substring(0, dot));
            }
        }
        List<HttpSource> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            String url = p.getProperty(name + ".url", "").strip();
            String minutes = p.getProperty(name + ".everyMinutes", String.valueOf(DEFAULT_MINUTES)).strip();
            try {
                int every = Integer.parseInt(minutes);
                if (every < 1 || every > 1440) {
                    problems.add(name + ": everyMinutes " + minutes + " is not within 1–1440");
                    continue;
                }
                sources.add(new HttpSource(name, URI.create(url), Duration.ofMinutes(every)));
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + (url.isEmpty() ? "no url" : e.getMessage()));
            }
        }
        return new Loaded(List.copyOf(sources), List.copyOf(problems));
    }
}
