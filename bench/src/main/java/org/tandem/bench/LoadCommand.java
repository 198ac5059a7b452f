package org.tandem.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.ssh.Ed25519Keys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tandem bench load}: many whole sessions through one relay at once. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
            "Many paired sessions through one relay at once, with screen updates, input and chat.",
            "Starts a relay in its own JVM on loopback and pairs N sessions through it with real codes and the real"
                    + " encrypted session channel. Each session streams workload frames through the real screen encoder"
                    + " against the viewer's credits, sends numbered pointer moves from the technician and numbered chat"
                    + " both ways. Prints one JSON line per session (update rate, input latency p50/p99, lost and"
                    + " reordered messages) and a summary (relay processor time and heap, sessions that failed)."})
final class LoadCommand implements Callable<Integer> {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DRAIN = Duration.ofSeconds(20);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(5);
    /** Sessions paired at once while setting up. */
    private static final int PAIRING_AT_ONCE = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--sessions", paramLabel = "N", description = "Paired sessions (default: ${DEFAULT-VALUE}).")
    int sessions = 20;

    @Option(names = "--minutes", paramLabel = "M", description = "How long the sessions run, in minutes; fractions allowed (default: ${DEFAULT-VALUE}).")
    double minutes = 1;

    @Option(names = "--fps", paramLabel = "N", description = "Most frames a second each session sends (default: ${DEFAULT-VALUE}).")
    int framesPerSecond = 5;

    @Option(names = "--inputs", paramLabel = "N", description = "Input events a second from each technician (default: ${DEFAULT-VALUE}).")
    int inputsPerSecond = 10;

    @Option(names = "--chat-every", paramLabel = "SECONDS", description = "A chat message each way this often (default: ${DEFAULT-VALUE}).")
    int chatEverySeconds = 2;

    @Option(names = "--workload", paramLabel = "NAME", description = "The screen workload (default: ${DEFAULT-VALUE}).")
    String workload = "typing";

    @Option(names = "--screen", paramLabel = "WxH", description = "The shared screen's size (default: ${DEFAULT-VALUE}).")
    String screen = "1024x768";

    @Option(names = "--heap", paramLabel = "SIZE", description = "The relay's -Xmx (default: ${DEFAULT-VALUE}).")
    String heap = "256m";

    @Option(names = "--workers", paramLabel = "N", description = "Threads that encode screens for all sessions (default: the cores, ${DEFAULT-VALUE}).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (sessions < 1 || minutes <= 0 || framesPerSecond < 1 || framesPerSecond > 60 || inputsPerSecond < 1
                || inputsPerSecond > 1000 || chatEverySeconds < 1 || workers < 1) {
            throw new ParameterException(spec.commandLine(), "--sessions >= 1, --minutes > 0, --fps 1..60, --inputs 1..1000,"
                    + " --chat-every >= 1, --workers >= 1");
        }
        int[] size = screenSize();
        if (!org.tandem.shared.screen.workload.ScreenWorkload.NAMES.contains(workload) || "first-frame".equals(workload)) {
            throw new ParameterException(spec.commandLine(), "--workload is one of "
                    + org.tandem.shared.screen.workload.ScreenWorkload.NAMES.subList(1,
                            org.tandem.shared.screen.workload.ScreenWorkload.NAMES.size()));
        }
        LoadPlan plan = new LoadPlan(framesPerSecond, inputsPerSecond, Duration.ofSeconds(chatEverySeconds));
        PrintStream out = System.out;
        progress("Drawing the " + workload + " workload at " + screen + "…");
        FrameCycle frames = FrameCycle.of(workload, size[0], size[1], 13);

        Path dir = Files.createTempDirectory("tandem-bench-load");
        KeyPair technicianKey = Ed25519Keys.loadOrCreate(dir.resolve("technician_ed25519"));
        ExecutorService technicianSide = Executors.newCachedThreadPool(named("load-pairing"));
        ExecutorService setup = Executors.newFixedThreadPool(PAIRING_AT_ONCE, named("load-setup"));
        ScheduledExecutorService screenWork = Executors.newScheduledThreadPool(workers, named("load-screen"));
        ScheduledExecutorService talk = Executors.newScheduledThreadPool(2, named("load-input-chat"));
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(named("load-relay-sampler"));
        List<LoadPair> pairs = new ArrayList<>();
        List<SessionFigures> figures = new ArrayList<>();
        try (RelayProcess relay = RelayProcess.start(dir, technicianKey, heap, null);
                RelayClient technicians = RelayClient.start(dir.resolve("technician-known-relays"));
                RelayClient customers = RelayClient.start(dir.resolve("customer-known-relays"))) {
            try {
                LoadPairing pairing = new LoadPairing(relay.address(), technicians, customers, technicianKey,
                        technicianSide, TIMEOUT);
                progress("Pairing " + sessions + " sessions…");
                long pairingStart = System.nanoTime();
                pairAll(pairing, frames, setup, pairs, figures);
                double pairingSeconds = (System.nanoTime() - pairingStart) / 1e9;
                progress(String.format(Locale.ROOT, "%d paired in %.1f s; running for %s min…", pairs.size(), pairingSeconds,
                        minutes));

                double pairedAtRelay = relay.metric("tandem_relay_paired_sessions");
                HeapPeak peak = new HeapPeak();
                sampler.scheduleAtFixedRate(() -> peak.sample(relay), 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                Duration relayCpuBefore = relay.cpuTime();
                Duration benchCpuBefore = benchCpuTime();
                long start = System.nanoTime();
                pairs.forEach(pair -> pair.begin(plan, screenWork, talk));
                Thread.sleep((long) (minutes * 60_000));
                long stop = System.nanoTime();
                Duration relayCpu = relay.cpuTime().minus(relayCpuBefore);
                Duration benchCpu = benchCpuTime().minus(benchCpuBefore);
                pairs.forEach(LoadPair::stop);
                sampler.shutdownNow();
                progress("Stopped; waiting for the last messages…");
                awaitDrained(pairs);
                int benchThreads = ManagementFactory.getThreadMXBean().getThreadCount();
                double relayThreads = relay.metric("tandem_relay_threads");
                relay.collectGarbage();
                double heapLive = relay.metric("tandem_relay_heap_used_bytes");
                pairs.forEach(pair -> figures.add(pair.figures()));
                figures.sort((a, b) -> Integer.compare(a.session(), b.session()));
                figures.forEach(f -> out.println(f.toJson()));
                double seconds = (stop - start) / 1e9;
                out.println(summary(figures, seconds, pairingSeconds, pairedAtRelay, relayCpu, benchCpu, peak.max(), heapLive,
                        relayThreads, benchThreads));
            } finally {
                // The sessions end before the relay and the clients go, as people end theirs.
                pairs.forEach(LoadPair::close);
            }
        } finally {
            sampler.shutdownNow();
            talk.shutdownNow();
            screenWork.shutdownNow();
            setup.shutdownNow();
            technicianSide.shutdownNow();
        }
        return 0;
    }

    private void pairAll(LoadPairing pairing, FrameCycle frames, ExecutorService setup, List<LoadPair> pairs,
            List<SessionFigures> figures) throws InterruptedException {
        // The first alone, so each client records the relay's host key once.
        List<Future<LoadPair>> pending = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            int index = i;
            Future<LoadPair> pair = setup.submit(() -> pairing.pair(index, frames));
            if (i == 0) {
                collect(0, pair, pairs, figures);
            } else {
                pending.add(pair);
            }
        }
        for (int i = 0; i < pending.size(); i++) {
            collect(i + 1, pending.get(i), pairs, figures);
        }
    }

    private static void collect(int index, Future<LoadPair> pair, List<LoadPair> pairs, List<SessionFigures> figures)
            throws InterruptedException {
        try {
            pairs.add(pair.get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            progress("Session " + index + " did not pair: " + cause);
            figures.add(SessionFigures.notPaired(index, "did not pair: " + cause.getMessage()));
        }
    }

    private static void awaitDrained(List<LoadPair> pairs) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (System.nanoTime() < deadline && !pairs.stream().allMatch(LoadPair::drained)) {
            Thread.sleep(100);
        }
    }

    private String summary(List<SessionFigures> figures, double seconds, double pairingSeconds, double pairedAtRelay,
            Duration relayCpu, Duration benchCpu, double heapPeak, double heapLive, double relayThreads, int benchThreads) {
        Histogram latency = new Histogram(3);
        SequenceCounter.Count input = new SequenceCounter.Count(0, 0, 0, 0, 0, 0);
        SequenceCounter.Count control = input;
        double fpsSum = 0;
        double fpsMin = Double.MAX_VALUE;
        int failed = 0;
        int ran = 0;
        for (SessionFigures f : figures) {
            latency.add(f.inputLatency());
            input = input.plus(f.input());
            control = control.plus(f.control());
            if (f.failed()) {
                failed++;
            }
            if (f.seconds() > 0) {
                ran++;
                fpsSum += f.framesPerSecond();
                fpsMin = Math.min(fpsMin, f.framesPerSecond());
            }
        }
        return String.format(Locale.ROOT, "{\"summary\":\"load\",\"sessions\":%d,\"minutes\":%s,\"seconds\":%.1f,"
                + "\"pairingSeconds\":%.1f,\"pairedAtRelay\":%.0f,\"failedSessions\":%d,"
                + "\"framesPerSecondTarget\":%d,\"framesPerSecondMean\":%.2f,\"framesPerSecondMin\":%.2f,"
                + "\"inputsPerSecond\":%d,\"inputLatencyP50Ms\":%s,\"inputLatencyP99Ms\":%s,\"inputLatencyMaxMs\":%s,"
                + "\"inputEvents\":%d,\"inputLost\":%d,\"inputReordered\":%d,"
                + "\"controlSent\":%d,\"controlLost\":%d,\"controlReordered\":%d,\"controlDuplicated\":%d,"
                + "\"relayCpuPercentOfOneCore\":%.1f,\"relayHeapPeakMiB\":%.1f,\"relayHeapLiveMiB\":%.1f,"
                + "\"relayHeapLimit\":\"%s\",\"relayThreads\":%.0f,\"benchCpuPercentOfOneCore\":%.1f,\"benchThreads\":%d,"
                + "\"workload\":\"%s\",\"screen\":\"%s\",\"cores\":%d,\"java\":\"%s\"}",
                sessions, trimmed(minutes), seconds, pairingSeconds, pairedAtRelay, failed,
                framesPerSecond, ran == 0 ? 0 : fpsSum / ran, ran == 0 ? 0 : fpsMin, inputsPerSecond,
                SessionFigures.millis(latency, 50), SessionFigures.millis(latency, 99), SessionFigures.millis(latency, 100),
                input.received(), input.lost(), input.reordered(),
                control.sent(), control.lost(), control.reordered(), control.duplicates(),
                100.0 * relayCpu.toNanos() / 1e9 / seconds, heapPeak / 1048576, heapLive / 1048576, heap, relayThreads,
                100.0 * benchCpu.toNanos() / 1e9 / seconds, benchThreads, workload, screen,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private int[] screenSize() {
        String[] parts = screen.split("x");
        try {
            if (parts.length == 2) {
                int width = Integer.parseInt(parts[0]);
                int height = Integer.parseInt(parts[1]);
                if (width >= 800 && height >= 600 && width <= 3840 && height <= 2160) {
                    return new int[] {width, height};
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ParameterException(spec.commandLine(), "--screen is WIDTHxHEIGHT, from 800x600 to 3840x2160, got " + screen);
    }

    private static String trimmed(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static Duration benchCpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void progress(String text) {
        System.err.println(text);
    }

    /** The most heap the relay had in use at any sample. */
    private static final class HeapPeak {
        private volatile double max;

        void sample(RelayProcess relay) {
            try {
                max = Math.max(max, relay.metric("tandem_relay_heap_used_bytes"));
            } catch (Exception e) {
                progress("Could not read the relay's heap: " + e.getMessage());
            }
        }

        double max() {
            return max;
        }
    }
}
