package org.lastmile.ui.controls;

import java.awt.image.BufferedImage;

/** A rendered image as ink (0 = paper, 1 = full ink), with the comparisons rendering tests use. */
final class InkImage {

    private final double[][] ink;
    private final int width;
    private final int height;

    private InkImage(double[][] ink) {
        this.ink = ink;
        this.height = ink.length;
        this.width = ink[0].length;
    }

    /** Ink of an image drawn dark on a light background. */
    static InkImage of(BufferedImage image) {
        double[][] ink = new double[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double luminance = (((rgb >> 16) & 255) * 0.299 + ((rgb >> 8) & 255) * 0.587
                        + (rgb & 255) * 0.114) / 255.0;
                ink[y][x] = 1 - luminance;
            }
        }
        return new InkImage(ink);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    double total() {
        double sum = 0;
        for (double[] row : ink) {
            for (double v : row) {
                sum += v;
            }
        }
        return sum;
    }

    /**
     * The smallest difference between this image and another shifted by up to {@code maxShift}
     * pixels either way (to absorb a rounding of the baseline), as the sum of absolute ink
     * differences divided by this image's total ink: 0 means the same picture.
     */
    double difference(InkImage other, int maxShift) {
        double best = Double.MAX_VALUE;
        for (int sy = -maxShift; sy <= maxShift; sy++) {
            for (int sx = -maxShift; sx <= maxShift; sx++) {
                double d = 0;
                for (int y = maxShift; y < height - maxShift; y++) {
                    for (int x = maxShift; x < width - maxShift; x++) {
                        d += Math.abs(ink[y][x] - other.ink[y + sy][x + sx]);
                    }
                }
                best = Math.min(best, d);
            }
        }
        double total = total();
        return total == 0 ? (best == 0 ? 0 : Double.MAX_VALUE) : best / total;
    }

    /** The box holding every pixel with more than {@code threshold} ink: {minX, minY, maxX, maxY}, or null. */
    int[] bounds(double threshold) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y][x] > threshold) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new int[] {minX, minY, maxX, maxY};
    }

    /** The largest x with ink above the threshold, or -1. */
    int rightmostInk(double threshold) {
        int[] box = bounds(threshold);
        return box == null ? -1 : box[2];
    }

    /** Whether two images hold exactly the same ink. */
    boolean sameAs(InkImage other) {
        if (other.width != width || other.height != height) {
            return false;
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (Math.abs(ink[y][x] - other.ink[y][x]) > 1e-9) {
                    return false;
                }
            }
        }
        return true;
    }
}
