package org.tandem.customer.capture;

import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.tandem.shared.message.ControlMessage;

/**
 * The customer's monitors and which part of the desktop is shared: one monitor, or all of them (the
 * smallest rectangle that holds every monitor). Monitor numbers are 1..n as the customer and the
 * technician see them, the primary first; {@link #ALL} is 0. The frame source, the pointer and the
 * injected input all read the shared area here, so they never disagree on where it lies.
 */
public final class SharedArea {
    /** The choice of all monitors at once. */
    public static final int ALL = ControlMessage.ScreenMonitors.ALL;

    private final Supplier<List<Rectangle>> desktop;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<Rectangle> monitors;
    private int chosen = 1;

    /** @param desktop reads the monitors' bounds in desktop coordinates, the primary first */
    public SharedArea(Supplier<List<Rectangle>> desktop) {
        this.desktop = Objects.requireNonNull(desktop, "desktop");
        this.monitors = read(desktop);
    }

    /** The monitors AWT reports on this computer (one device per monitor, as on Xinerama and Windows). */
    public static SharedArea ofThisDesktop() {
        return new SharedArea(SharedArea::awtMonitors);
    }

    /** One monitor of this size at the origin: what a single screen, or a test, shares. */
    public static SharedArea single(int width, int height) {
        Rectangle only = new Rectangle(0, 0, width, height);
        return new SharedArea(() -> List.of(only));
    }

    /** The monitors, in desktop coordinates, as last read. */
    public synchronized List<Rectangle> monitors() {
        return monitors.stream().map(Rectangle::new).toList();
    }

    /** The monitor shared, 1..n, or {@link #ALL}. */
    public synchronized int chosen() {
        return chosen;
    }

    /** What is shared now, in desktop coordinates. */
    public synchronized Rectangle bounds() {
        return boundsOf(chosen);
    }

    /** What choosing {@code choice} would share, in desktop coordinates. */
    public synchronized Rectangle boundsOf(int choice) {
        requireChoice(choice);
        return choice == ALL ? union(monitors) : new Rectangle(monitors.get(choice - 1));
    }

    /** Shares another monitor, or all; listeners hear of it. */
    public void choose(int choice) {
        synchronized (this) {
            requireChoice(choice);
            if (chosen == choice) {
                return;
            }
            chosen = choice;
        }
        listeners.forEach(Runnable::run);
    }

    /**
     * Reads the monitors again (one may have been plugged in or out); a choice that no longer exists
     * becomes the primary monitor.
     */
    public void reread() {
        boolean changed;
        synchronized (this) {
            monitors = read(desktop);
            changed = chosen > monitors.size();
            if (changed) {
                chosen = 1;
            }
        }
        if (changed) {
            listeners.forEach(Runnable::run);
        }
    }

    /** Hears of every change of the choice; on the thread that made it. */
    public void onChange(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The monitors and the choice as the viewer is told of them, with the size now shared. */
    public synchronized ControlMessage.ScreenMonitors describe() {
        Rectangle shared = bounds();
        List<ControlMessage.Monitor> listed = monitors.stream()
                .map(m -> new ControlMessage.Monitor(m.x, m.y, m.width, m.height)).toList();
        return new ControlMessage.ScreenMonitors(listed, chosen, shared.width, shared.height);
    }

    /** The smallest rectangle that holds every monitor. */
    static Rectangle union(List<Rectangle> monitors) {
        Rectangle all = new Rectangle(monitors.get(0));
        monitors.forEach(all::add);
        return all;
    }

    private void requireChoice(int choice) {
        if (choice < ALL || choice > monitors.size()) {
            throw new IllegalArgumentException("There is no monitor " + choice + ": this desktop has "
                    + monitors.size());
        }
    }

    private static List<Rectangle> read(Supplier<List<Rectangle>> desktop) {
        List<Rectangle> read = List.copyOf(desktop.get());
        if (read.isEmpty() || read.size() > ControlMessage.ScreenMonitors.MAX_MONITORS) {
            throw new IllegalStateException("A desktop of " + read.size() + " monitors cannot be shared");
        }
        return read.stream().map(Rectangle::new).toList();
    }

    private static List<Rectangle> awtMonitors() {
        return devices().stream().map(device -> device.getDefaultConfiguration().getBounds()).toList();
    }

    /** This computer's monitors as AWT devices, in the order of the monitor numbers: the primary first. */
    static List<GraphicsDevice> devices() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("No display: this machine has no screen (headless)");
        }
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        GraphicsDevice primary = environment.getDefaultScreenDevice();
        List<GraphicsDevice> found = new ArrayList<>();
        found.add(primary);
        for (GraphicsDevice device : environment.getScreenDevices()) {
            if (device != primary && device.getType() == GraphicsDevice.TYPE_RASTER_SCREEN
                    && found.size() < ControlMessage.ScreenMonitors.MAX_MONITORS) {
                found.add(device);
            }
        }
        return found;
    }
}
