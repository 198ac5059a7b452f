package org.tandem.customer.capture;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;

/** Pixels through AWT's Robot: works wherever Java can see the screen. */
public final class RobotPixels implements PixelGrabber {
    private final Robot robot;

    public RobotPixels(Robot robot) {
        this.robot = Objects.requireNonNull(robot, "robot");
    }

    @Override
    public void grab(Rectangle area, int[] into, int offset, int stride) {
        BufferedImage image = robot.createScreenCapture(area);
        int width = image.getWidth();
        int height = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) {
            int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            if (data.length == width * height) {
                for (int row = 0; row < height; row++) {
                    int to = offset + row * stride;
                    System.arraycopy(data, row * width, into, to, width);
                    opaque(into, to, width);
                }
                return;
            }
        }
        for (int row = 0; row < height; row++) {
            int to = offset + row * stride;
            image.getRGB(0, row, width, 1, into, to, width);
            opaque(into, to, width);
        }
    }

    static void opaque(int[] pixels, int from, int count) {
        for (int i = from; i < from + count; i++) {
            pixels[i] |= 0xFF000000;
        }
    }
}
