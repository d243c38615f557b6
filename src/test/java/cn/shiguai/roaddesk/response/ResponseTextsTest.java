package cn.shiguai.roaddesk.response;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every key the response area hands to a screen has a text in both languages. */
class ResponseTextsTest {

    static Stream<String> keys() {
        List<String> keys = new ArrayList<>();
        Stream.of(RefusalCode.values()).forEach(c -> keys.add(c.messageKey()));
        Stream.of(ReasonNeed.values()).forEach(n -> keys.add(n.labelKey()));
        Stream.of(Capacity.values()).forEach(c -> keys.add(c.labelKey()));
        Stream.of(AuthorityBasis.values()).forEach(b -> keys.add(b.labelKey()));
        Stream.of(DecisionKind.values()).forEach(k -> keys.add(k.labelKey()));
        return keys.stream();
    }

    @ParameterizedTest
    @MethodSource("keys")
    void hasATextInBothLanguages(String key) {
        for (Messages messages : List.of(Messages.chinese(), Messages.english())) {
            assertTrue(messages.has(key), key);
            String text = messages.format(key, "甲", "2021-01-15", "乙");
            assertFalse(text.isBlank(), key);
            assertFalse(text.contains("{"), key + " left a placeholder: " + text);
        }
    }
}
