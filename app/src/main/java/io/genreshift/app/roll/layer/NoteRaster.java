package io.genreshift.app.roll.layer;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * Draws many tiny rectangles by writing pixels into an ARGB buffer and blitting it once, instead of issuing one
 * canvas command per rectangle. Used when thousands of notes are on screen (zoomed out), where each note is a few
 * pixels: the software pipeline pays a fixed cost per command that dwarfs the pixels themselves.
 * Rectangles are snapped to whole pixels (at least 1 × 1); a later rectangle overwrites an earlier one.
 */
final class NoteRaster {
    private int width, height;
    private int[] pixels = new int[0];
    /** Shares {@link #pixels} with the image: no copy per frame, only a "changed" notice. */
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;

    /** Clears the buffer for a {@code w × h} frame (reallocating only when the size changes). */
    void begin(double w, double h) {
        int iw = Math.max(1, (int) Math.ceil(w)), ih = Math.max(1, (int) Math.ceil(h));
        if (iw != width || ih != height) {
            width = iw;
            height = ih;
            pixels = new int[iw * ih];
            buffer = new PixelBuffer<>(iw, ih, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        } else {
            Arrays.fill(pixels, 0);
        }
    }

    void fill(double x, double y, double w, double h, int argb) {
        int x0 = (int) Math.floor(x), y0 = (int) Math.floor(y);
        int x1 = Math.max(x0 + 1, (int) Math.floor(x + w)), y1 = Math.max(y0 + 1, (int) Math.floor(y + h));
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(width, x1);
        y1 = Math.min(height, y1);
        for (int row = y0; row < y1; row++) {
            int base = row * width;
            Arrays.fill(pixels, base + x0, base + Math.max(x0, x1), argb);
        }
    }

    void drawTo(GraphicsContext g) {
        buffer.updateBuffer(b -> null); // null = the whole buffer changed
        boolean smoothing = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(image, 0, 0);
        g.setImageSmoothing(smoothing);
    }

    /** Premultiplied ARGB of a colour, the buffer's format. */
    static int argbPre(Color c) {
        double a = c.getOpacity();
        return ((int) Math.round(a * 255) << 24) | ((int) Math.round(c.getRed() * a * 255) << 16)
                | ((int) Math.round(c.getGreen() * a * 255) << 8) | (int) Math.round(c.getBlue() * a * 255);
    }
}
