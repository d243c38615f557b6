package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A password for {@code user add} and {@code user passwd}: typed at the console without echo,
 * twice; or, when standard input is not a terminal (a script, a pipe), its first line, UTF-8.
 * Never an argument: those are kept in shell histories and shown by {@code ps}. The caller
 * clears the array it gets.
 */
final class PasswordInput {
    /** A line longer than this is not a password (and is refused as one by the users' rules). */
    private static final int MAX_LINE_BYTES = 4_096;

    private PasswordInput() {
    }

    /** The password, or empty with the reason printed to {@code err}. */
    static Optional<char[]> read(String user, Messages messages, PrintWriter err) {
        Console console = System.console();
        return console != null ? fromConsole(console, user, messages, err) : fromFirstLine(System.in, messages, err);
    }

    private static Optional<char[]> fromConsole(Console console, String user, Messages messages, PrintWriter err) {
        char[] first = console.readPassword("%s", messages.format("users.cli.prompt", user));
        if (first == null || first.length == 0) {
            err.println(messages.get("users.cli.noPassword"));
            return Optional.empty();
        }
        char[] again = console.readPassword("%s", messages.get("users.cli.promptAgain"));
        try {
            if (again == null || !Arrays.equals(first, again)) {
                Arrays.fill(first, '\0');
                err.println(messages.get("users.cli.mismatch"));
                return Optional.empty();
            }
            return Optional.of(first);
        } finally {
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }

    /** The first line of {@code in}, without its line end; read byte by byte so nothing after it is taken. */
    static Optional<char[]> fromFirstLine(InputStream in, Messages messages, PrintWriter err) {
        byte[] bytes = new byte[MAX_LINE_BYTES];
        try {
            int length = 0;
            int b;
            while (length < bytes.length && (b = in.read()) >= 0 && b != '\n') {
                bytes[length++] = (byte) b;
            }
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            if (length == 0) {
                err.println(messages.get("users.cli.noPassword"));
                return Optional.empty();
            }
            return decode(ByteBuffer.wrap(bytes, 0, length), messages, err);
        } catch (IOException e) {
            err.println(messages.format("users.cli.stdinUnreadable", e.getMessage()));
            return Optional.empty();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static Optional<char[]> decode(ByteBuffer bytes, Messages messages, PrintWriter err) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars;
        try {
            chars = utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            err.println(messages.get("users.cli.stdinEncoding"));
            return Optional.empty();
        }
        int start = chars.length() > 0 && chars.charAt(0) == '\uFEFF' ? 1 : 0; // a byte-order mark is not the password's
        char[] password = Arrays.copyOfRange(chars.array(), chars.arrayOffset() + start, chars.arrayOffset() + chars.limit());
        Arrays.fill(chars.array(), '\0');
        return Optional.of(password);
    }
}
