package org.tandem.agent.ui.viewer;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Semaphore;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.desktop.x11.XError;

/**
 * The process's one connection for drawing the customer's screen straight to the X server
 * ({@link DirectPicture}), opened the first time a picture asks for it, and the thread that waits for
 * the server to ask for a part of a picture again (when a window that covered the console moves
 * away). Everything but that wait runs on the JavaFX thread.
 *
 * <p>Off with {@code -Dtandem.viewer.direct=false}; off where the desktop is not a 64-bit X11 display
 * with 24-bit colour, and under JavaFX's headless platform (tests).
 */
final class DirectDrawing {
    private static final Logger LOG = LoggerFactory.getLogger(DirectDrawing.class);
    private static final int EXPOSE = 12;
    private static final short POLLIN = 1;
    private static DirectDrawing instance;
    private static boolean tried;

    interface LibC extends Library {
        int poll(Pointer fds, NativeLong count, int timeout);
    }

    private final XDrawing x;
    private final Pointer gc;
    private final Map<Window, Long> windows = new WeakHashMap<>();
    private final Map<Long, DirectPicture> pictures = new HashMap<>();
    private final Memory event = new Memory(192);

    private DirectDrawing(XDrawing x) {
        this.x = x;
        this.gc = x.createGc(x.x11.XDefaultRootWindow(x.display).longValue());
        Thread waiting = new Thread(this::waitForEvents, "tandem-direct-picture-events");
        waiting.setDaemon(true);
        waiting.start();
    }

    /** The connection, or null where drawing straight to the screen is off or not possible (said once in the log). */
    static DirectDrawing get() {
        if (!tried) {
            tried = true;
            if (!Boolean.parseBoolean(System.getProperty("tandem.viewer.direct", "true"))) {
                LOG.info("The customer's screen is drawn by JavaFX (tandem.viewer.direct=false)");
            } else if ("monocle".equalsIgnoreCase(System.getProperty("glass.platform", ""))) {
                LOG.debug("The customer's screen is drawn by JavaFX (headless platform)");
            } else {
                try {
                    instance = new DirectDrawing(XDrawing.open());
                    LOG.info("The customer's screen is drawn straight to the X display");
                } catch (IOException | RuntimeException | LinkageError e) {
                    LOG.info("The customer's screen is drawn by JavaFX: {}", e.getMessage());
                }
            }
        }
        return instance;
    }

    XDrawing x() {
        return x;
    }

    Pointer gc() {
        return gc;
    }

    /**
     * The X window the stage's scene is drawn in, found once per stage by this process's id, its size
     * and its place on the screen; 0 while it cannot be told (not shown, scaled, or not found).
     */
    long windowOf(Window stage) {
        if (stage == null || !stage.isShowing() || stage.getScene() == null || stage.getOutputScaleX() != 1
                || stage.getOutputScaleY() != 1) {
            return 0;
        }
        Long known = windows.get(stage);
        if (known != null) {
            return known;
        }
        long found = x.windowAt((int) Math.round(stage.getX() + stage.getScene().getX()),
                (int) Math.round(stage.getY() + stage.getScene().getY()),
                (int) Math.round(stage.getScene().getWidth()), (int) Math.round(stage.getScene().getHeight()));
        if (found != 0) {
            windows.put(stage, found);
            stage.showingProperty().addListener((obs, was, now) -> {
                if (!now) {
                    windows.remove(stage); // its X window is gone, and the pictures in it with it
                }
            });
        }
        return found;
    }

    void register(long window, DirectPicture picture) {
        pictures.put(window, picture);
    }

    void forget(long window) {
        pictures.remove(window);
    }

    /** Sends what was drawn and handles what the server asked for meanwhile; on the JavaFX thread. */
    void flush() {
        while (x.x11.XPending(x.display) > 0) {
            x.x11.XNextEvent(x.display, event);
            if (event.getInt(0) == EXPOSE) {
                DirectPicture picture = pictures.get(event.getNativeLong(32).longValue());
                if (picture != null) {
                    picture.exposed(event.getInt(40), event.getInt(44), event.getInt(48), event.getInt(52));
                }
            }
        }
        x.x11.XFlush(x.display);
        XError error = x.takeError();
        if (error != null) {
            LOG.debug("X refused a drawing request: {}", error); // a window closed under a picture; it is redrawn or gone
        }
    }

    /** Waits for the server to send something, then has the JavaFX thread read it, and waits again. */
    private void waitForEvents() {
        Memory fds = new Memory(8);
        fds.setInt(0, x.connectionNumber());
        LibC libc;
        try {
            libc = Native.load("c", LibC.class);
        } catch (UnsatisfiedLinkError e) {
            LOG.warn("Parts of the customer's screen uncovered by another window are drawn again only with the "
                    + "next change: {}", e.getMessage());
            return;
        }
        Semaphore handled = new Semaphore(0);
        while (true) {
            fds.setShort(4, POLLIN);
            fds.setShort(6, (short) 0);
            int ready = libc.poll(fds, new NativeLong(1), -1);
            if (ready < 0) {
                continue; // interrupted by a signal
            }
            if ((fds.getShort(6) & ~POLLIN) != 0) {
                return; // the connection closed
            }
            Platform.runLater(() -> {
                try {
                    flush();
                } finally {
                    handled.release();
                }
            });
            handled.acquireUninterruptibly();
        }
    }
}
