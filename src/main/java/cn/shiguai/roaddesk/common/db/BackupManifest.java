package cn.shiguai.roaddesk.common.db;

import cn.shiguai.roaddesk.common.files.FileDigest;
import cn.shiguai.roaddesk.common.files.OutputFile;
import cn.shiguai.roaddesk.common.files.OutputRefusedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a backup was when it verified, written beside it ({@code <zip>.manifest.json}) only
 * after the copy was extracted, opened and its chain recomputed: the zip's SHA-256, the number
 * of duty-log entries and the head hash it held, and when it was taken. A zip without its
 * manifest, or whose bytes no longer hash to it (a killed backup, a truncated or altered file),
 * is never offered as a backup to restore.
 */
public record BackupManifest(String sha256, long entries, String headHash, Instant takenAt) {
    public static final String SUFFIX = ".manifest.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static Path beside(Path zip) {
        return zip.resolveSibling(zip.getFileName() + SUFFIX);
    }

    /** Writes the manifest beside the zip, atomically, replacing an older one. */
    public void writeBeside(Path zip) throws IOException {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", 1);
        node.put("zip", zip.getFileName().toString());
        node.put("sha256", sha256);
        node.put("entries", entries);
        node.put("headHash", headHash);
        node.put("takenAt", takenAt.toString());
        try {
            OutputFile.check(beside(zip), List.of(), true)
                    .write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
        } catch (OutputRefusedException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The manifest beside a zip, if there is one that reads. */
    public static Optional<BackupManifest> read(Path zip) {
        Path file = beside(zip);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!node.path("sha256").isTextual() || !node.path("entries").canConvertToLong()
                    || !node.path("headHash").isTextual() || !node.path("takenAt").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new BackupManifest(node.get("sha256").asText(), node.get("entries").asLong(),
                    node.get("headHash").asText(), Instant.parse(node.get("takenAt").asText())));
        } catch (IOException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the zip is still exactly the file that verified. */
    public boolean matches(Path zip) {
        try {
            return Files.isRegularFile(zip) && FileDigest.sha256(zip).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a zip is a verified backup: its manifest is there and its bytes hash to it. */
    public static boolean verifies(Path zip) {
        return read(zip).map(m -> m.matches(zip)).orElse(false);
    }
}
