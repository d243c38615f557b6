package cn.shiguai.roaddesk.common.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text handed over as bytes (a file, standard input, a station file): UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (what Chinese Windows editors save by default) when they are valid
 * GB18030; otherwise nothing, rather than a guess with replacement characters in it. A byte
 * order mark is dropped, and Windows line ends become newlines.
 */
public final class TextInput {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextInput() {
    }

    public static Optional<String> decode(byte[] bytes) {
        Optional<String> text = strict(bytes, StandardCharsets.UTF_8).or(() -> strict(bytes, GB18030));
        // Windows editors end lines with CR LF; the record keeps newlines only.
        return text.map(t -> (t.startsWith("\uFEFF") ? t.substring(1) : t).replace("\r\n", "\n"));
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
