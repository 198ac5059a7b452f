package org.tandem.customer.capture;

import java.awt.AWTException;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;

/**
 * Captures the shared area of the desktop with AWT's Robot: one monitor, or all of them. Each
 * monitor is captured through a robot of its own device, so a monitor that is a separate X screen
 * is read from that screen; all monitors at once through the primary's.
 */
public final class RobotFrameSource implements FrameSource {
    private final SharedArea area;
    private final List<Robot> robots = new ArrayList<>();

    /** Captures the primary monitor. */
    public RobotFrameSource() throws IOException {
        this(primaryOnly());
    }

    /** Captures what {@code area} says is shared, as it says so at each capture. */
    public RobotFrameSource(SharedArea area) throws IOException {
        this.area = Objects.requireNonNull(area, "area");
        if (GraphicsEnvironment.isHeadless()) {
            throw new IOException("No display to capture: this machine has no screen (headless)");
        }
        try {
            for (GraphicsDevice device : SharedArea.devices()) {
                robots.add(new Robot(device));
            }
        } catch (AWTException | SecurityException | IllegalStateException e) {
            throw new IOException("The screen cannot be captured: " + e.getMessage(), e);
        }
    }

    private static SharedArea primaryOnly() throws IOException {
        try {
            return SharedArea.ofThisDesktop();
        } catch (IllegalStateException e) {
            throw new IOException("No display to capture: " + e.getMessage(), e);
        }
    }

    @Override
    public Frame capture() {
        int chosen = area.chosen();
        Rectangle bounds = area.boundsOf(chosen);
        Robot robot = chosen == SharedArea.ALL || chosen > robots.size() ? robots.get(0) : robots.get(chosen - 1);
        BufferedImage image = robot.createScreenCapture(bounds);
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
