package cn.shiguai.roaddesk.report.print;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** AWT pictures (from PDFBox) as JavaFX images, without the javafx-swing module. */
public final class FxImages {
    private FxImages() {
    }

    public static Image of(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        WritableImage image = new WritableImage(width, height);
        int[] row = new int[width];
        // Row by row: a 600 dpi page as one int array would double its memory for nothing.
        for (int y = 0; y < height; y++) {
            picture.getRGB(0, y, width, 1, row, 0, width);
            image.getPixelWriter().setPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
        }
        return image;
    }
}
