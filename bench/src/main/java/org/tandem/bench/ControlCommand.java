package org.tandem.bench;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.tandem.customer.CustomerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tandem bench control}: keystroke-to-screen latency of remote control, against the local baseline. */
@Command(name = "control", mixinStandardHelpOptions = true,
        description = {
            "Keystroke-to-screen latency of remote control, against a local baseline.",
            "Runs a relay, a customer and a console in this process on loopback, on the X display in DISPLAY, "
                    + "and measures how long a technician's keystroke takes to show in the console's picture of "
                    + "the customer's screen. The same keystrokes pressed locally, without Tandem, are the baseline.",
            "Prints one JSON line per measure and a summary line with the targets (input-to-update p50 <= 20 ms, "
                    + "p95 <= 40 ms). Use a display nobody works on: the benchmark moves the pointer and types."})
final class ControlCommand implements Callable<Integer> {
    private static final Duration KEYSTROKE_TIMEOUT = Duration.ofSeconds(2);
    private static final int MARGIN = 40;

    @Spec
    CommandSpec spec;

    @Option(names = "--keystrokes", paramLabel = "N", description = "Keystrokes measured (default: ${DEFAULT-VALUE}).")
    int keystrokes = 200;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Keystrokes sent first and not measured (default: ${DEFAULT-VALUE}).")
    int warmup = 20;

    @Option(names = "--min-frame-interval", paramLabel = "MS",
            description = "The customer's wait before capturing again after an unchanged frame, in milliseconds "
                    + "(default: the customer client's, ${DEFAULT-VALUE}).")
    long minFrameIntervalMillis = CustomerSettings.defaults().minFrameInterval().toMillis();

    @Option(names = "--tcp-nodelay",
            description = "What if: turn Nagle's algorithm off (TCP_NODELAY) on every SSH connection of the run. "
                    + "Tandem does not do this yet; the default measures Tandem as it is.")
    boolean tcpNoDelay;

    @Override
    public Integer call() throws Exception {
        if (keystrokes < 1 || warmup < 0 || minFrameIntervalMillis < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--keystrokes must be at least 1; --warmup and --min-frame-interval must not be negative");
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank() || GraphicsEnvironment.isHeadless()) {
            System.err.println("tandem bench control: needs an X display, and DISPLAY is not set. Start a virtual one, "
                    + "for example: Xvfb :96 -screen 0 1280x800x24 -nolisten tcp & DISPLAY=:96 ./tandem bench control");
            return BenchMain.FAILED;
        }
        Rectangle screen = screenOf(display);
        PrintStream out = System.out;
        try (TargetWindow target = new TargetWindow(screen.width - TargetWindow.WIDTH - MARGIN, MARGIN)) {
            target.show();
            LocalBaseline local = new LocalBaseline(target, KEYSTROKE_TIMEOUT);
            local.focusTarget();

            progress("Local baseline: " + keystrokes + " key presses watched on the screen…");
            LatencySample baseline = local.measure(warmup, keystrokes);
            out.println(baseline.toJson());

            progress("Profile: screen capture, encoding and decoding, step by step…");
            for (LatencySample step : new PipelineProfile(target).measure(warmup, keystrokes)) {
                out.println(step.toJson());
            }

            progress("Through Tandem: relay, customer and console on loopback…");
            ControlBenchmark remote = new ControlBenchmark(target, KEYSTROKE_TIMEOUT);
            try (LoopbackSetup loopback = LoopbackSetup.start(Duration.ofMillis(minFrameIntervalMillis), tcpNoDelay)) {
                remote.run(loopback, warmup, keystrokes);
            }
            remote.samples().forEach(sample -> out.println(sample.toJson()));

            ControlSummary.Conditions conditions = new ControlSummary.Conditions(keystrokes, warmup,
                    minFrameIntervalMillis, tcpNoDelay, screen.width + "x" + screen.height);
            out.println(new ControlSummary(conditions, remote.inputToUpdate(), remote.timeouts(), remote.cpuPercent(),
                    baseline, local.timeouts()).toJson());
        }
        return 0;
    }

    private static Rectangle screenOf(String display) {
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds();
        } catch (AWTError e) {
            throw new IllegalStateException("cannot use the X display " + display + " (" + e.getMessage() + ")", e);
        }
    }

    private static void progress(String line) {
        System.err.println(line);
    }
}
