package cn.shiguai.roaddesk.dutylog.signed;

import cn.shiguai.roaddesk.common.files.OwnerOnly;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The file of checkpoints beside the backups ({@code backups/checkpoints.jsonl}): one JSON line
 * each, only ever appended, forced to the disk before the checkpoint is printed or embedded. The
 * same lines are embedded in every backup zip as {@link #ZIP_ENTRY}, so a copy of a backup kept
 * elsewhere carries every checkpoint known when it was taken.
 */
public final class CheckpointFile {
    public static final String NAME = "checkpoints.jsonl";
    /** The entry of a backup zip that holds the checkpoints known when it was taken. */
    public static final String ZIP_ENTRY = NAME;

    private CheckpointFile() {
    }

    /** What a file (or a zip entry) held: the checkpoints that read, and how many lines did not. */
    record Read(List<Checkpoint> checkpoints, int unreadable) { }

    static synchronized void append(Path file, Checkpoint checkpoint) throws IOException {
        OwnerOnly.createFolders(file.toAbsolutePath().getParent());
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        try (FileChannel out = FileChannel.open(file, options, OwnerOnly.fileAttributes())) {
            ByteBuffer line = ByteBuffer.wrap((checkpoint.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                out.write(line);
            }
            out.force(true);
        }
    }

    static Read read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Read(List.of(), 0);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static Read read(InputStream in) throws IOException {
        List<Checkpoint> found = new ArrayList<>();
        int unreadable = 0;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            var checkpoint = Checkpoint.fromJson(line);
            if (checkpoint.isPresent()) {
                found.add(checkpoint.get());
            } else {
                unreadable++;
            }
        }
        return new Read(found, unreadable);
    }

    /** The file's bytes as they are, to embed in a backup; empty when there is none yet. */
    public static byte[] bytes(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
    }
}
