package org.tandem.bench.desktop;

import java.awt.Point;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tandem bench desktop}: the real apps side by side with x11vnc and TigerVNC's viewer, on two
 * virtual displays of this machine, through the same workload.
 *
 * <p>It runs in two processes: this one starts the two X displays, then runs itself again with
 * {@code DISPLAY} set to the technician's display, since Java reads and drives the screen of the
 * display it started on; that second process does the runs.
 */
@Command(name = "desktop", mixinStandardHelpOptions = true,
        description = {
            "The real apps against x11vnc + TigerVNC's viewer, the same workload through both viewers.",
            "Starts a 1920x1080 virtual display for the customer (metacity, a terminal, a long text in less) and a"
                    + " larger one for the technician. Then, in alternating runs: x11vnc (ZRLE) with vncviewer, and"
                    + " Tandem's relay, customer client and console started through the tandem launcher and paired with"
                    + " a real code, the prompts answered with keys in their windows. Through the viewer's window it types"
                    + " into the terminal, scrolls less line by line, drags a window, and waits. Bytes are counted by a"
                    + " proxy on the sharing side's connection; processor time is read from /proc. Prints one JSON line"
                    + " per run, then one per figure with both medians, the ratio and the target.",
            "Needs: Xvfb, metacity, xterm, less, xdotool, xwd, xwininfo, x11vnc, vncviewer"
                    + " (apt-get install xvfb metacity xterm xdotool x11-apps x11-utils x11vnc tigervnc-viewer)."})
public final class DesktopCommand implements Callable<Integer> {
    static final List<String> TOOLS = List.of("Xvfb", "metacity", "xterm", "less", "xdotool", "xwd", "xwininfo", "x11vnc",
            "vncviewer", "getconf");
    /** Needed only with {@code --video-seconds}. */
    static final List<String> VIDEO_TOOLS = List.of("ffmpeg", "ffplay");
    static final int CUSTOMER_WIDTH = 1920;
    static final int CUSTOMER_HEIGHT = 1080;
    private static final int TECHNICIAN_WIDTH = 2880;
    private static final int TECHNICIAN_HEIGHT = 1620;

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", description = "Runs through each viewer, alternating (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--keystrokes", paramLabel = "N", description = "Keystrokes typed and timed (default: ${DEFAULT-VALUE}).")
    int keystrokes = Workload.Settings.defaults().keystrokes();

    @Option(names = "--lines", paramLabel = "N", description = "Lines scrolled in less (default: ${DEFAULT-VALUE}).")
    int lines = Workload.Settings.defaults().lines();

    @Option(names = "--drag-steps", paramLabel = "N",
            description = "Pointer steps of 11x5 px to drag the window away, and as many back (default: ${DEFAULT-VALUE}).")
    int dragSteps = Workload.Settings.defaults().dragSteps();

    @Option(names = "--idle-seconds", paramLabel = "S", description = "Length of the idle phase (default: ${DEFAULT-VALUE}).")
    int idleSeconds = Workload.Settings.defaults().idleSeconds();

    @Option(names = "--video-seconds", paramLabel = "S", description = "Add a phase that plays a video-like clip"
            + " (640x360, 25 pictures a second) on the customer's screen for S seconds, after dragging; 0 for none"
            + " (default). Not part of the whole workload's figures.")
    int videoSeconds = Workload.Settings.defaults().videoSeconds();

    @Option(names = "--only", paramLabel = "VIEWER", description = "Run one viewer only: tandem or x11vnc.")
    String only;

    @Option(names = "--screenshots", description = "Save both screens after each phase, in the run's folder.")
    boolean screenshots;

    @Option(names = "--warm-up", description = "Go through the workload once unmeasured before each measured pass, through"
            + " both viewers: the figures of a console open all day and a session past its first minutes, after the"
            + " JVMs' compilers have done their warm-up.")
    boolean warmUp;

    @Option(names = "--link", paramLabel = "KBIT/MS", converter = LinkShapeConverter.class,
            description = "Carry the sharing side's connection as a home connection would: KBIT kilobits a second each"
                    + " way, MS milliseconds of delay each way (e.g. 1000/20). Default: loopback as it is.")
    LinkShape link;

    @Option(names = "--tandem", paramLabel = "PATH", description = "The tandem launcher (default: the one of this build).")
    Path tandem;

    @Option(names = "--customer-display", hidden = true, description = "Set by the benchmark for its second process.")
    String customerDisplay;

    @Option(names = "--customer-server-pid", hidden = true, description = "Set by the benchmark for its second process.")
    long customerServerPid;

    @Override
    public Integer call() throws Exception {
        if (videoSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--video-seconds takes 0 or more");
        }
        if (runs < 1 || keystrokes < 1 || lines < 1 || dragSteps < 1 || idleSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--runs, --keystrokes, --lines, --drag-steps and --idle-seconds"
                    + " take numbers of 1 or more");
        }
        if (only != null && !only.equals(DesktopReport.TANDEM) && !only.equals(DesktopReport.BASELINE)) {
            throw new ParameterException(spec.commandLine(), "--only takes tandem or x11vnc, not '" + only + "'");
        }
        List<String> missing = java.util.stream.Stream.concat(TOOLS.stream(),
                videoSeconds > 0 ? VIDEO_TOOLS.stream() : java.util.stream.Stream.empty())
                .filter(tool -> findOnPath(tool).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new IOException("Missing on this machine: " + String.join(", ", missing) + ". Install them with:"
                    + " apt-get install xvfb metacity xterm xdotool x11-apps x11-utils x11vnc tigervnc-viewer"
                    + (videoSeconds > 0 ? " ffmpeg" : ""));
        }
        Path launcher = tandem != null ? tandem : thisBuildsLauncher();
        if (!Files.isExecutable(launcher)) {
            throw new IOException("No tandem launcher at " + launcher + " (give it with --tandem)");
        }
        return customerDisplay == null ? startDisplays() : measure(launcher);
    }

    /** First process: the two displays, then this benchmark again on the technician's display. */
    private int startDisplays() throws Exception {
        Path logs = Files.createTempDirectory("tandem-bench-desktop");
        System.err.println("Logs and scratch of this run: " + logs);
        int customerNumber = VirtualDisplay.freeNumber(150);
        try (VirtualDisplay customer = VirtualDisplay.start(customerNumber, CUSTOMER_WIDTH, CUSTOMER_HEIGHT, logs);
                VirtualDisplay technician = VirtualDisplay.start(VirtualDisplay.freeNumber(customerNumber + 1),
                        TECHNICIAN_WIDTH, TECHNICIAN_HEIGHT, logs);
                ChildProcess windowManager = ChildProcess.start("technician-metacity", technician.name(), logs,
                        List.of("metacity", "--replace"), 5)) {
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"), "org.tandem.bench.BenchMain", "desktop",
                    "--runs", Integer.toString(runs), "--keystrokes", Integer.toString(keystrokes),
                    "--lines", Integer.toString(lines), "--drag-steps", Integer.toString(dragSteps),
                    "--idle-seconds", Integer.toString(idleSeconds), "--video-seconds", Integer.toString(videoSeconds),
                    "--customer-display", customer.name(),
                    "--customer-server-pid", Long.toString(customer.serverPid())));
            if (only != null) {
                command.addAll(List.of("--only", only));
            }
            if (screenshots) {
                command.add("--screenshots");
            }
            if (warmUp) {
                command.add("--warm-up");
            }
            if (tandem != null) {
                command.addAll(List.of("--tandem", tandem.toString()));
            }
            if (link != null) {
                command.addAll(List.of("--link", link.toString()));
            }
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("DISPLAY", technician.name());
            builder.environment().put("TANDEM_BENCH_LOGS", logs.toString());
            Process runner = builder.start();
            try {
                return runner.waitFor();
            } finally {
                if (runner.isAlive()) {
                    runner.destroy();
                }
            }
        }
    }

    /** Second process, on the technician's display: the runs, then the report. */
    private int measure(Path launcher) throws Exception {
        PrintStream out = System.out;
        Path work = Path.of(Optional.ofNullable(System.getenv("TANDEM_BENCH_LOGS"))
                .orElse(Files.createTempDirectory("tandem-bench-desktop").toString()));
        XdoTool customerSide = new XdoTool(customerDisplay);
        XdoTool technicianSide = new XdoTool(System.getenv("DISPLAY"));
        CpuClock cpu = CpuClock.system();
        List<RunFigures> figures = new ArrayList<>();
        try (ViewerDriver driver = new ViewerDriver();
                CustomerDesktop desktop = CustomerDesktop.start(customerSide, work)) {
            Workload workload = new Workload(new Workload.Settings(keystrokes, lines,
                    Workload.Settings.defaults().lineMillis(), dragSteps, Workload.Settings.defaults().dragStepMillis(),
                    idleSeconds, videoSeconds), driver, cpu, customerServerPid, warmUp);
            for (int run = 1; run <= runs; run++) {
                for (String viewer : List.of(DesktopReport.BASELINE, DesktopReport.TANDEM)) {
                    if (only != null && !only.equals(viewer)) {
                        continue;
                    }
                    System.err.println("Run " + run + " of " + runs + " through " + viewer + "…");
                    desktop.reset();
                    String load = Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
                    Path runDir = Files.createDirectories(work.resolve(viewer + "-" + run));
                    try (ViewingSession session = viewer.equals(DesktopReport.TANDEM)
                            ? TandemSession.start(launcher, customerSide, technicianSide, runDir, link)
                            : VncBaseline.start(customerDisplay, technicianSide.display(), runDir, link)) {
                        Point offset = locate(customerSide, driver, runDir);
                        RunFigures figuresOfRun = workload.run(run, load, session, desktop, offset, phase -> {
                            if (screenshots) {
                                customerSide.screenshot().writePng(runDir.resolve(phase + "-customer.png"));
                                driver.screenshot().writePng(runDir.resolve(phase + "-technician.png"));
                            }
                        });
                        figures.add(figuresOfRun);
                        out.println(figuresOfRun.toJson());
                        out.flush();
                    }
                }
            }
        }
        if (link != null) {
            out.println("{\"bench\":\"desktop\",\"link\":\"" + link + "\",\"kbitPerSecond\":" + link.kilobitsPerSecond()
                    + ",\"delayMsEachWay\":" + link.delayMillis() + "}");
        }
        DesktopReport.lines(figures).forEach(out::println);
        return 0;
    }

    /** Where the viewer shows the customer's screen on the technician's, once it shows all of it. */
    private static Point locate(XdoTool customer, ViewerDriver driver, Path runDir) throws Exception {
        driver.move(new Point(2, 2)); // the pointer off the viewer's picture
        long deadline = System.nanoTime() + 60_000_000_000L;
        ScreenPixels remote;
        ScreenPixels local;
        Optional<Point> before = Optional.empty();
        do {
            remote = customer.screenshot();
            local = driver.screenshot();
            Optional<Point> found = ViewLocator.locate(remote, local);
            // Twice in the same place: a viewer's window may still be placed by the window manager after it first shows.
            if (found.isPresent() && found.equals(before)) {
                System.err.println("The viewer shows the customer's screen at " + found.get().x + "," + found.get().y);
                return found.get();
            }
            before = found;
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        remote.writePng(runDir.resolve("customer-screen.png"));
        local.writePng(runDir.resolve("technician-screen.png"));
        throw new IOException("The viewer did not show the customer's whole screen at 1:1 within 60 s (both screens are"
                + " saved in " + runDir + ")");
    }

    /** Reads {@code --link}, with the shape's own words when it is not one. */
    static final class LinkShapeConverter implements picocli.CommandLine.ITypeConverter<LinkShape> {
        @Override
        public LinkShape convert(String value) {
            try {
                return LinkShape.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private static Path thisBuildsLauncher() throws URISyntaxException {
        // bench/target/classes -> the repository's root, where the launcher is
        Path classes = Path.of(DesktopCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent().getParent().getParent().resolve("tandem");
    }

    static Optional<Path> findOnPath(String tool) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
