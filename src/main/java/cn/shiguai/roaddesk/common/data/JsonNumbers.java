package cn.shiguai.roaddesk.common.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Numbers of hand-written JSON judged on their decimal text, not on the double they round to:
 * 300.0000000000000001 is above 300 though it rounds to 300.0, 1e-400 is not 0 though it
 * rounds to 0.0 (refused: the value cannot be held), and a number of more than
 * {@value #MAX_DIGITS} significant digits is refused naming its field. Also where in a file a
 * parse error is, as a field path ("observations[0].snowDepthCm").
 */
public final class JsonNumbers {
    /** Far more than any measurement has; the rest is a typing or a generating error. */
    public static final int MAX_DIGITS = 30;
    /** Parsed at all up to this length, so that a long number is refused by our check, naming its field. */
    private static final int PARSED_LENGTH = 100_000;

    /** What a number's text is, against a range. */
    public enum Verdict { IN_RANGE, TOO_LONG, UNDERFLOW, OUT_OF_RANGE }

    private JsonNumbers() {
    }

    /** A mapper that keeps floating-point numbers exact (BigDecimal) and refuses duplicate keys and trailing text. */
    public static ObjectMapper exactMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(PARSED_LENGTH).build())
                .build();
        return new ObjectMapper(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public static Verdict judge(JsonNode number, double min, double max) {
        BigDecimal value = number.decimalValue();
        if (value.precision() > MAX_DIGITS) {
            return Verdict.TOO_LONG;
        }
        if (value.signum() != 0 && value.doubleValue() == 0.0) {
            return Verdict.UNDERFLOW;
        }
        boolean inRange = value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
        return inRange ? Verdict.IN_RANGE : Verdict.OUT_OF_RANGE;
    }

    /** Significant digits of a number, for the message that refuses it. */
    public static int digits(JsonNode number) {
        return number.decimalValue().precision();
    }

    /** JSON that does not parse, and where the parser was then ("observations[0].snowDepthCm", or "-"). */
    public static final class Unparsable extends Exception {
        private final String field;

        Unparsable(String field, String message, Throwable cause) {
            super(message, cause);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Parses a whole document; a failure says where, even one the parser raises about a number's length. */
    public static JsonNode read(ObjectMapper mapper, byte[] json) throws Unparsable {
        JsonParser parser = null;
        try {
            parser = mapper.createParser(json);
            return mapper.readTree(parser);
        } catch (JsonProcessingException e) {
            throw new Unparsable(parser == null ? "-" : field(parser.getParsingContext()), e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new Unparsable("-", e.getMessage(), e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (java.io.IOException ignored) {
                    // nothing was written; the bytes are in memory
                }
            }
        }
    }

    private static String field(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "-" : path;
    }
}
