package org.tandem.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.shared.screen.ScreenQuality;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.screen.workload.ScreenWorkload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tandem bench screen}: the screen codec on synthetic workloads, against a zlib baseline in the same run. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {
            "The screen codec on synthetic desktop workloads, against a baseline in the same run.",
            "Each workload (first frame, idle, typing, scrolling a long document, a pager over alike numbered lines, "
                    + "dragging a window, a video-like "
                    + "region, full-screen change) goes through Tandem's encoder, the session message codec and "
                    + "decoder; the baseline sends every changed 64x64 tile through one zlib stream at level 6, "
                    + "an approximation of VNC's ZRLE.",
            "Prints one JSON line per workload: updates, bytes, baseline bytes, their ratio, encode and decode "
                    + "p50/p95 per frame in milliseconds, and whether every frame arrived bit-exact. "
                    + "The video and full-screen-change workloads get a second line at \"quality\":\"low\" (photographic "
                    + "regions as JPEG): bytes against the baseline and against the exact run, PSNR in dB and the "
                    + "largest channel error instead of bit-exact.",
            "Needs no display."})
final class ScreenCommand implements Callable<Integer> {
    /** Workloads also run at low quality, as when the viewer asks for it: moving pictures, and changes of the whole screen. */
    static final List<String> LOSSY_WORKLOADS = List.of("video", "full-screen-change");

    @Spec
    CommandSpec spec;

    @Option(names = "--width", paramLabel = "PIXELS", description = "Screen width (default: ${DEFAULT-VALUE}).")
    int width = 1920;

    @Option(names = "--height", paramLabel = "PIXELS", description = "Screen height (default: ${DEFAULT-VALUE}).")
    int height = 1080;

    @Option(names = "--workload", paramLabel = "NAME", split = ",",
            description = "Only these workloads (default: all of first-frame, idle, typing, scrolling, pager, dragging, video, "
                    + "full-screen-change).")
    List<String> workloads = ScreenWorkload.NAMES;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the synthetic desktop (default: ${DEFAULT-VALUE}).")
    long seed = 11;

    @Override
    public Integer call() throws Exception {
        if (width < 800 || height < 600 || width > TileScreenDecoder.MAX_SIDE || height > TileScreenDecoder.MAX_SIDE) {
            throw new ParameterException(spec.commandLine(), "--width and --height must be between 800x600 and "
                    + TileScreenDecoder.MAX_SIDE + "x" + TileScreenDecoder.MAX_SIDE);
        }
        for (String name : workloads) {
            if (!ScreenWorkload.NAMES.contains(name)) {
                throw new ParameterException(spec.commandLine(), "No workload called " + name + "; there are "
                        + String.join(", ", ScreenWorkload.NAMES));
            }
        }
        ScreenBenchmark benchmark = new ScreenBenchmark(TileScreenEncoder::new, TileScreenDecoder::new);
        System.err.println("Warming up the codec…");
        benchmark.run(ScreenWorkload.create("full-screen-change", width, height, seed + 1));
        benchmark.run(ScreenWorkload.create("typing", width, height, seed + 1));
        PrintStream out = System.out;
        for (String name : workloads) {
            System.err.println("Workload " + name + "…");
            ScreenBenchmark.Result exact = benchmark.run(ScreenWorkload.create(name, width, height, seed));
            out.println(exact.toJson());
            if (LOSSY_WORKLOADS.contains(name)) {
                System.err.println("Workload " + name + " at low quality…");
                ScreenBenchmark.Result lossy = benchmark.run(ScreenWorkload.create(name, width, height, seed),
                        ScreenQuality.LOW);
                out.println(lossy.toLossyJson(exact.bytes()));
            }
        }
        return 0;
    }
}
