package org.tandem.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.tandem.agent.session.AgentSession;
import org.tandem.shared.input.Key;
import org.tandem.shared.message.InputEvent.KeyStroke;
import org.tandem.shared.screen.Frame;

/**
 * Keystrokes from the technician's console to the customer's screen and back as a frame: for each
 * one, how long until the customer's injector has pressed the key, and how long until the console
 * receives the first frame in which the target window shows its new colour. Each keystroke waits
 * for its update (or the timeout), then a typist's pause, before the next is sent.
 */
final class ControlBenchmark {
    /** The key pressed: the same key the local baseline presses. */
    static final Key KEY = Key.A;
    private static final Duration SETTLE = Duration.ofMillis(250);

    private final TargetWindow target;
    private final Duration timeout;
    private final TypingPace pace = new TypingPace();
    private final LatencySample injection = new LatencySample("control-injection");
    private final LatencySample inputToUpdate = new LatencySample("control-input-to-update");
    private final LatencySample injectionToUpdate = new LatencySample("control-injection-to-update");
    private final LatencySample frameIntervals = new LatencySample("console-frame-interval");
    private final List<LatencySample> stages = new ArrayList<>();
    private int timeouts;
    private double cpuPercent = Double.NaN;

    ControlBenchmark(TargetWindow target, Duration timeout) {
        this.target = target;
        this.timeout = timeout;
    }

    /** Warm-up keystrokes first, then {@code count} measured ones, in a session that is in control. */
    void run(LoopbackSetup loopback, int warmup, int count) throws InterruptedException {
        for (int i = 0; i < warmup; i++) {
            keystroke(loopback, false);
        }
        loopback.console().countFrameIntervals(frameIntervals);
        loopback.stages().counting(true);
        long cpuStart = processCpuNanos();
        long wallStart = System.nanoTime();
        for (int i = 0; i < count; i++) {
            keystroke(loopback, true);
        }
        long cpuEnd = processCpuNanos();
        if (cpuStart >= 0 && cpuEnd >= 0) {
            cpuPercent = 100.0 * (cpuEnd - cpuStart) / (System.nanoTime() - wallStart);
        }
        loopback.stages().counting(false);
        loopback.console().countFrameIntervals(null);
        stages.addAll(loopback.stages().samples());
    }

    LatencySample inputToUpdate() {
        return inputToUpdate;
    }

    /** Every measure of the run: the keystrokes' own, then the frames' while they were sent. */
    List<LatencySample> samples() {
        List<LatencySample> all = new ArrayList<>(List.of(inputToUpdate, injection, injectionToUpdate, frameIntervals));
        all.addAll(stages);
        return all;
    }

    /**
     * The processor time this process (relay, customer and console together, not the X server) used
     * while the measured keystrokes were sent, in percent of one core; NaN where the JVM cannot tell.
     */
    double cpuPercent() {
        return cpuPercent;
    }

    /** Measured keystrokes whose injection or update did not come within the timeout. */
    int timeouts() {
        return timeouts;
    }

    private void keystroke(LoopbackSetup loopback, boolean measured) throws InterruptedException {
        pace.pause();
        AgentSession agent = loopback.agent();
        TimedInjector injector = loopback.injector();
        injector.clear();
        int awaited = TargetWindow.colourAfter(target.presses() + 1);
        CompletableFuture<Long> shown = loopback.console().awaitPixel(target.probeX(), target.probeY(), awaited);
        long start = System.nanoTime();
        agent.sendInput(new KeyStroke(KEY, true));
        agent.sendInput(new KeyStroke(KEY, false));
        long injected = injector.nextPressInjected(timeout.toNanos());
        long updated = injected < 0 ? -1 : arrival(shown, start + timeout.toNanos() - System.nanoTime());
        if (injected < 0 || updated < 0) {
            if (measured) {
                timeouts++;
            }
            System.err.printf("Keystroke timed out: %s (awaited %06X, the console's latest frame shows %06X)%n",
                    injected < 0 ? "the key was not injected" : "no frame showed it", awaited & 0xFFFFFF,
                    latestProbe(loopback) & 0xFFFFFF);
            // A late press or frame lands now rather than during the next keystroke.
            Thread.sleep(SETTLE.toMillis());
            return;
        }
        if (measured) {
            injection.add(injected - start);
            inputToUpdate.add(updated - start);
            injectionToUpdate.add(updated - injected);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private int latestProbe(LoopbackSetup loopback) {
        Frame latest = loopback.console().latest();
        return latest == null ? 0 : latest.pixel(target.probeX(), target.probeY());
    }

    private static long arrival(CompletableFuture<Long> shown, long remainingNanos) throws InterruptedException {
        try {
            return shown.get(Math.max(0, remainingNanos), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return -1;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
