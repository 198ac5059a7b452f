package org.tandem.bench.desktop;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The scripted workload, driven through the viewer's window on the technician's display as a
 * technician would: type into the terminal (timing each keystroke's echo), scroll {@code less} line
 * by line, drag the terminal's window away and back, then leave the screen alone.
 */
final class Workload {
    static final String TEXT = "the quick brown fox jumps over the lazy dog and types on\n";
    private static final long ECHO_TIMEOUT_MILLIS = 1_000;
    private static final long SETTLE_MILLIS = 500;
    private static final long CATCH_UP_TIMEOUT_MILLIS = 15_000;

    /** How much of each phase to do. */
    record Settings(int keystrokes, int lines, long lineMillis, int dragSteps, long dragStepMillis, int idleSeconds,
            int videoSeconds) {
        static Settings defaults() {
            return new Settings(60, 100, 50, 60, 20, 10, 0);
        }
    }

    private final Settings settings;
    private final ViewerDriver driver;
    private final CpuClock cpu;
    private final long xServerPid;
    private final boolean warmUp;
    private final Random pace = new Random(11);

    /**
     * @param xServerPid the customer's X server, whose processor time is reported too
     * @param warmUp go through the whole workload once unmeasured before the measured pass, so that a JVM's
     *     compilers have done their warm-up: a console open all day, a session past its first minutes
     */
    Workload(Settings settings, ViewerDriver driver, CpuClock cpu, long xServerPid, boolean warmUp) {
        this.settings = settings;
        this.driver = driver;
        this.cpu = cpu;
        this.xServerPid = xServerPid;
        this.warmUp = warmUp;
    }

    private record Mark(long nanos, long bytes, long sent, double sharingCpu, double viewerCpu, double xServerCpu,
            Map<Long, Double> sharingCompiling, Map<Long, Double> viewerCompiling) {}

    /** Called after each phase with its name: to save the screens for a look afterwards, or nothing. */
    interface PhaseListener {
        void ended(String phase) throws IOException, InterruptedException;
    }

    RunFigures run(int run, String loadAverage, ViewingSession session, CustomerDesktop desktop, Point offset,
            PhaseListener listener) throws IOException, InterruptedException {
        if (warmUp) {
            pass(session, desktop, offset, phase -> { }, new ArrayList<>(), new int[1]);
        }
        List<Long> echoes = new ArrayList<>();
        int[] timeouts = new int[1];
        List<PhaseFigures> phases = pass(session, desktop, offset, listener, echoes, timeouts);
        long[] sorted = echoes.stream().mapToLong(Long::longValue).sorted().toArray();
        return new RunFigures(session.viewer(), run, loadAverage, session.firstFrameBytes(), phases,
                percentileMillis(sorted, 0.50), percentileMillis(sorted, 0.90), sorted.length, timeouts[0], warmUp);
    }

    /** The four phases once; the echo times go to {@code echoes}, the keystrokes without an echo to {@code timeouts[0]}. */
    private List<PhaseFigures> pass(ViewingSession session, CustomerDesktop desktop, Point offset, PhaseListener listener,
            List<Long> echoes, int[] timeouts) throws IOException, InterruptedException {
        Rectangle typing = desktop.contents(CustomerDesktop.TYPING);
        Rectangle reading = desktop.contents(CustomerDesktop.READING);
        List<PhaseFigures> phases = new ArrayList<>();

        driver.click(centre(typing, offset)); // focus the terminal, through the viewer
        Thread.sleep(2 * SETTLE_MILLIS);
        Rectangle watch = new Rectangle(typing.x + offset.x, typing.y + offset.y, typing.width, typing.height);
        Mark start = mark(session);
        for (int i = 0; i < settings.keystrokes(); i++) {
            Thread.sleep(50 + pace.nextInt(100)); // a typist's pace, landing anywhere in the viewers' update cycles
            long nanos = driver.echo(ViewerDriver.keyCode(TEXT.charAt(i % TEXT.length())), watch, ECHO_TIMEOUT_MILLIS);
            if (nanos < 0) {
                timeouts[0]++;
            } else {
                echoes.add(nanos);
            }
        }
        Thread.sleep(SETTLE_MILLIS);
        phases.add(phase("typing", start, mark(session)));
        listener.ended("typing");

        driver.click(centre(reading, offset));
        Thread.sleep(SETTLE_MILLIS);
        start = mark(session);
        long lastLine = 0;
        for (int i = 0; i < settings.lines(); i++) {
            driver.key(KeyEvent.VK_DOWN);
            lastLine = System.nanoTime();
            if (i < settings.lines() - 1) {
                Thread.sleep(settings.lineMillis());
            }
        }
        double scrolled = caughtUp(lastLine, reading, offset, desktop, settings.lineMillis() + SETTLE_MILLIS);
        phases.add(phase("scrolling", start, mark(session)).caughtUp(scrolled));
        listener.ended("scrolling");

        start = mark(session);
        Point title = new Point(typing.x + typing.width / 2 + offset.x, typing.y - 15 + offset.y);
        driver.drag(title, 11, 5, settings.dragSteps(), settings.dragStepMillis());
        Point moved = new Point(title.x + 11 * settings.dragSteps(), title.y + 5 * settings.dragSteps());
        driver.drag(moved, -11, -5, settings.dragSteps(), settings.dragStepMillis());
        long released = System.nanoTime();
        // What the drag went over: the terminal with its title, from where it was to where it was taken.
        Rectangle swept = new Rectangle(typing.x, typing.y - 30, typing.width + 11 * settings.dragSteps(),
                typing.height + 30 + 5 * settings.dragSteps())
                .intersection(new Rectangle(0, 0, DesktopCommand.CUSTOMER_WIDTH, DesktopCommand.CUSTOMER_HEIGHT));
        double dragged = caughtUp(released, swept, offset, desktop, SETTLE_MILLIS);
        phases.add(phase("dragging", start, mark(session)).caughtUp(dragged));
        listener.ended("dragging");

        if (settings.videoSeconds() > 0) {
            Rectangle area = CustomerDesktop.VIDEO_AREA;
            Rectangle viewed = new Rectangle(area.x + offset.x, area.y + offset.y, area.width, area.height);
            try (ChildProcess player = desktop.playVideo()) {
                start = mark(session);
                double shown = driver.picturesShown(viewed, settings.videoSeconds() * 1000L);
                phases.add(phase(RunFigures.VIDEO, start, mark(session)).shown(shown));
                listener.ended(RunFigures.VIDEO);
            }
            Thread.sleep(2 * SETTLE_MILLIS); // the last pictures of the clip on their way, before the idle phase
        }

        start = mark(session);
        Thread.sleep(settings.idleSeconds() * 1000L);
        phases.add(phase("idle", start, mark(session)));
        listener.ended("idle");
        return phases;
    }

    /**
     * Milliseconds from {@code lastInput} until the viewer showed {@code area} of the customer's screen as
     * the customer's screen holds it (infinite when it did not within the time allowed); then the rest of
     * {@code settleMillis} after that input, so that a phase lasts as long whether or not the viewer was quick.
     */
    private double caughtUp(long lastInput, Rectangle area, Point offset, CustomerDesktop desktop, long settleMillis)
            throws IOException, InterruptedException {
        Rectangle viewed = new Rectangle(area.x + offset.x, area.y + offset.y, area.width, area.height);
        long nanos = driver.caughtUp(lastInput, viewed, area, desktop::settledScreenshot, CATCH_UP_TIMEOUT_MILLIS);
        long rest = settleMillis - (System.nanoTime() - lastInput) / 1_000_000;
        if (rest > 0) {
            Thread.sleep(rest);
        }
        return nanos < 0 ? Double.POSITIVE_INFINITY : nanos / 1e6;
    }

    /** Nearest rank; NaN for no values. */
    static double percentileMillis(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    private Mark mark(ViewingSession session) throws IOException {
        return new Mark(System.nanoTime(), session.wire().total(), session.sent(), cpu.seconds(session.sharingPid()),
                cpu.seconds(session.viewerPid()), cpu.seconds(xServerPid), cpu.compilerThreads(session.sharingPid()),
                cpu.compilerThreads(session.viewerPid()));
    }

    private static PhaseFigures phase(String name, Mark from, Mark to) {
        return new PhaseFigures(name, (to.nanos - from.nanos) / 1e9, to.bytes - from.bytes, to.sent - from.sent,
                to.sharingCpu - from.sharingCpu, to.viewerCpu - from.viewerCpu, to.xServerCpu - from.xServerCpu,
                CpuClock.compilingBetween(from.sharingCompiling, to.sharingCompiling),
                CpuClock.compilingBetween(from.viewerCompiling, to.viewerCompiling));
    }

    private static Point centre(Rectangle area, Point offset) {
        return new Point(area.x + area.width / 2 + offset.x, area.y + area.height / 2 + offset.y);
    }
}
