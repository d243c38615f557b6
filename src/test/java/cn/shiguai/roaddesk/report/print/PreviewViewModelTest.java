package cn.shiguai.roaddesk.report.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreviewViewModelTest {
    private final FakePrinting.Pages pages = new FakePrinting.Pages(3);
    private final PreviewViewModel preview = new PrintViewModel(new byte[0], "日报", pages, Optional::empty,
            new SameThreadTaskRunner(), Messages.chinese()).preview();

    @Test
    void opensOnTheFirstPageAtScreenResolution() {
        preview.open();
        assertEquals("第 1 页 / 共 3 页", preview.pageLabelProperty().get());
        assertNotNull(preview.imageProperty().get());
        assertEquals(List.of(PreviewViewModel.PREVIEW_DPI), pages.drawnAt);
        assertFalse(preview.canGoBackProperty().get());
        assertTrue(preview.canGoOnProperty().get());
    }

    @Test
    void pagesOnAndBackAndStopsAtTheEnds() {
        preview.open();
        preview.next();
        preview.next();
        preview.next();
        assertEquals("第 3 页 / 共 3 页", preview.pageLabelProperty().get());
        assertFalse(preview.canGoOnProperty().get());
        preview.previous();
        assertEquals(1, preview.pageIndexProperty().get());
        assertEquals(List.of(0, 1, 2, 1), pages.drawn, "pages are drawn one at a time, when shown");
    }

    @Test
    void inEnglishTooFromTheBundle() {
        PreviewViewModel english = new PrintViewModel(new byte[0], "report", pages, Optional::empty,
                new SameThreadTaskRunner(), Messages.english()).preview();
        english.open();
        assertEquals("Page 1 of 3", english.pageLabelProperty().get());
    }
}
