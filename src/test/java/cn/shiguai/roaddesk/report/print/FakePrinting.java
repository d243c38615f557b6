package cn.shiguai.roaddesk.report.print;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Printers and pages for view-model tests: no toolkit, no PDF. */
final class FakePrinting {
    private FakePrinting() {
    }

    /** Pages drawn as blank pictures whose width records the resolution they were asked at. */
    static final class Pages implements PageImages {
        final int count;
        final List<Float> drawnAt = new ArrayList<>();
        final List<Integer> drawn = new ArrayList<>();

        Pages(int count) {
            this.count = count;
        }

        @Override
        public int pageCount() {
            return count;
        }

        @Override
        public BufferedImage page(int index, float dpi) {
            drawn.add(index);
            drawnAt.add(dpi);
            return new BufferedImage(Math.round(8.27f * dpi), Math.round(11.69f * dpi), BufferedImage.TYPE_INT_RGB);
        }
    }

    static final class Job implements PrintJob {
        boolean acceptDialog = true;
        boolean acceptPages = true;
        float dpi = 600;
        final List<BufferedImage> printed = new ArrayList<>();
        int dialogs;
        int setups;
        boolean ended;
        boolean cancelled;

        @Override
        public String printerName() {
            return "HP LaserJet 应急办";
        }

        @Override
        public boolean showPrintDialog() {
            dialogs++;
            return acceptDialog;
        }

        @Override
        public boolean showPageSetupDialog() {
            setups++;
            return true;
        }

        @Override
        public float resolutionDpi() {
            return dpi;
        }

        @Override
        public boolean printPage(BufferedImage page) {
            printed.add(page);
            return acceptPages;
        }

        @Override
        public boolean end() {
            ended = true;
            return true;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
