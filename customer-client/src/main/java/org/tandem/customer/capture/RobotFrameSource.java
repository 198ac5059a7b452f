package org.tandem.customer.capture;

import java.awt.AWTException;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;

/** Captures the primary screen with AWT's Robot. */
public final class RobotFrameSource implements FrameSource {
    private final Robot robot;
    private final GraphicsDevice screen;

    public RobotFrameSource() throws IOException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IOException("No display to capture: this machine has no screen (headless)");
        }
        try {
            screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
            robot = new Robot(screen);
        } catch (AWTException | SecurityException e) {
            throw new IOException("The screen cannot be captured: " + e.getMessage(), e);
        }
    }

    @Override
    public Frame capture() {
        Rectangle bounds = screen.getDefaultConfiguration().getBounds();
        BufferedImage image = robot.createScreenCapture(new Rectangle(0, 0, bounds.width, bounds.height));
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb;
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) {
            int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            // Robot makes a new image for every capture, so its array can be the frame's without a copy.
            argb = data.length == width * height ? data : image.getRGB(0, 0, width, height, null, 0, width);
        } else {
            argb = image.getRGB(0, 0, width, height, null, 0, width);
        }
        for (int i = 0; i < argb.length; i++) {
            argb[i] |= 0xFF000000;
        }
        return new Frame(width, height, argb);
    }
}
