package cn.shiguai.roaddesk.desk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.FormKeys;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** F1 lists every key the window installs, from the tables that install them. */
class HelpListsTest {
    @Test
    void everyScreenDeskAndFormKeyIsListedInBothLanguages() {
        for (Messages messages : List.of(Messages.chinese(), Messages.forLanguageTag("en"))) {
            List<Shortcut> all = HelpView.all(messages);
            for (Screen s : Screen.values()) {
                assertTrue(all.stream().anyMatch(k -> k.keys().equals(s.shortcut().getDisplayText())), s.name());
            }
            for (DeskKey k : DeskKey.values()) {
                assertTrue(all.stream().anyMatch(h -> h.keys().equals(k.keys().getDisplayText())
                        && h.actionKey().equals(k.helpKey())), k.name());
                assertTrue(!messages.get(k.helpKey()).isBlank());
            }
            for (String key : FormKeys.HELP) {
                assertTrue(all.stream().anyMatch(h -> h.actionKey().equals(key) && !h.keys().isBlank()), key);
            }
        }
    }
}
