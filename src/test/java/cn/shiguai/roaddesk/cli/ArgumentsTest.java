package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentsTest {
    private static byte[] cmdline(byte[]... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] word : words) {
            out.writeBytes(word);
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void argumentsTheJvmDecodedAsAsciiAreReadAgainAsUtf8() {
        byte[] chinese = "积雪 12 厘米".getBytes(StandardCharsets.UTF_8);
        String asTheJvmSawIt = new String(chinese, StandardCharsets.US_ASCII);
        String[] decoded = Arguments.decoded(new String[] {"log", "add", asTheJvmSawIt},
                cmdline(ascii("java"), ascii("-jar"), ascii("roaddesk.jar"), ascii("log"), ascii("add"), chinese),
                StandardCharsets.US_ASCII);
        assertArrayEquals(new String[] {"log", "add", "积雪 12 厘米"}, decoded);
    }

    @Test
    void argumentsThatDidNotComeFromTheCommandLineAreLeftAlone() {
        String[] fromAnArgFile = {"log", "add", "\uFFFD\uFFFD"};
        assertArrayEquals(fromAnArgFile, Arguments.decoded(fromAnArgFile,
                cmdline(ascii("java"), ascii("@args.txt")), StandardCharsets.US_ASCII));
        byte[] notUtf8 = {(byte) 0xB7, (byte) 0xE2};
        String[] gbk = {"log", "add", new String(notUtf8, StandardCharsets.US_ASCII)};
        assertArrayEquals(gbk, Arguments.decoded(gbk, cmdline(ascii("java"), ascii("log"), ascii("add"), notUtf8),
                StandardCharsets.US_ASCII), "bytes that are not UTF-8 are not guessed at");
    }

    @Test
    void anArgumentStillHoldingAReplacementCharacterIsRefusedAndNothingWritten(@TempDir Path dir) {
        Path data = dir.resolve("data");
        CliRun refused = CliRun.of("--data-dir", data.toString(), "log", "add", "\uFFFD\uFFFD\uFFFD 报告");
        assertEquals(2, refused.status());
        assertEquals("命令行不是 UTF-8 编码：请设置 LANG=C.UTF-8，或用 --text-file", refused.err().strip());
        assertFalse(Files.exists(data), "nothing was written, not even the data directory");
        CliRun english = CliRun.of("--lang", "en", "--data-dir", data.toString(), "log", "add", "\uFFFD");
        assertTrue(english.err().contains("not UTF-8 encoded"), english.err());
    }
}
