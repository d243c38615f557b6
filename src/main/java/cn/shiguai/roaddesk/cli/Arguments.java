package cn.shiguai.roaddesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line as typed. Without a UTF-8 locale (cron, services, {@code env -i}) the JVM
 * decodes its arguments in the locale's charset, often ASCII, and every Chinese character
 * becomes U+FFFD before {@code main} sees it. On Linux the bytes are still in
 * {@code /proc/self/cmdline}: they are decoded again as UTF-8, when they are valid UTF-8 and
 * the JVM's own decoding of them is exactly what {@code main} received (otherwise the
 * arguments did not come straight from the command line, e.g. from an {@code @argfile}, and
 * are left alone). Where that is not possible, an argument still holding U+FFFD is refused
 * ({@link CommandLineSafety}), never stored.
 */
public final class Arguments {
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private Arguments() {
    }

    public static String[] decoded(String[] args) {
        String platform = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (isUtf8(platform) || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return args;
        }
        try {
            return decoded(args, Files.readAllBytes(CMDLINE), Charset.forName(platform));
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    /** The arguments re-read from the process's command line bytes, or as given when they do not match. */
    static String[] decoded(String[] args, byte[] cmdline, Charset platform) {
        List<byte[]> words = split(cmdline);
        if (words.size() < args.length) {
            return args;
        }
        List<byte[]> ours = words.subList(words.size() - args.length, words.size());
        String[] result = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            if (!new String(ours.get(i), platform).equals(args[i])) {
                return args;
            }
            result[i] = strictUtf8(ours.get(i), args[i]);
        }
        return result;
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> words = new ArrayList<>();
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        for (byte b : cmdline) {
            if (b == 0) {
                words.add(word.toByteArray());
                word.reset();
            } else {
                word.write(b);
            }
        }
        if (word.size() > 0) {
            words.add(word.toByteArray());
        }
        return words;
    }

    private static String strictUtf8(byte[] bytes, String fallback) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fallback;
        }
    }

    private static boolean isUtf8(String charset) {
        String name = charset.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        return name.equals("UTF8");
    }
}
