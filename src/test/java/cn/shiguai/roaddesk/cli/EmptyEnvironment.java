package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.Launcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher in a child JVM with an empty environment, as cron or a service runs it:
 * no LANG, so the JVM decodes its arguments and file names as ASCII. The command line is put
 * in a shell script as UTF-8 bytes, so that this JVM's own locale cannot change what the child
 * receives.
 */
record EmptyEnvironment(int status, String out, String err) {

    static EmptyEnvironment run(Path scratch, byte[] stdin, String... args) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("exec env -i PATH=/usr/bin:/bin '")
                .append(Path.of(System.getProperty("java.home"), "bin", "java")).append("' -cp '")
                .append(System.getProperty("java.class.path")).append("' ").append(Launcher.class.getName());
        for (String arg : args) {
            script.append(" '").append(arg.replace("'", "'\\''")).append('\'');
        }
        Path file = Files.createTempFile(scratch, "run", ".sh");
        Files.write(file, script.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        Process p = new ProcessBuilder(List.of("/bin/sh", file.toString())).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (var in = p.getOutputStream()) {
            in.write(stdin);
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child did not finish");
        }
        return new EmptyEnvironment(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    static EmptyEnvironment run(Path scratch, String... args) throws IOException, InterruptedException {
        return run(scratch, new byte[0], args);
    }
}
