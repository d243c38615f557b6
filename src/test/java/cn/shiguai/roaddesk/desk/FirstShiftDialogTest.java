package cn.shiguai.roaddesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstShiftDialogTest {
    private final Messages messages = Messages.chinese();

    @Test
    void aNameIsTakenStrippedAndABlankOrLongOrForgedOneIsRefusedInWords() {
        assertEquals(Optional.empty(), FirstShiftDialog.problem(" 李春梅 ", messages));
        assertEquals(Optional.of("请输入姓名"), FirstShiftDialog.problem(" \u3000 ", messages));
        assertEquals(Optional.of("姓名最多 20 个字"), FirstShiftDialog.problem("李".repeat(21), messages));
        assertTrue(FirstShiftDialog.problem("李\u202E梅", messages).isPresent(), "a bidi override is refused");
    }
}
