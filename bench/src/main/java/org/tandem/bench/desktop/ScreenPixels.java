package org.tandem.bench.desktop;

/** A screenshot: width, height and the pixels as 0xRRGGBB, row by row. */
record ScreenPixels(int width, int height, int[] rgb) {
    ScreenPixels {
        if (width <= 0 || height <= 0 || rgb.length != width * height) {
            throw new IllegalArgumentException("A " + width + "x" + height + " screenshot needs " + width * height
                    + " pixels, not " + rgb.length);
        }
    }

    int at(int x, int y) {
        return rgb[y * width + x];
    }

    /** Saves the screenshot as a PNG file, to look at when the benchmark could not find something on it. */
    void writePng(java.nio.file.Path file) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, rgb, 0, width);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }
}
