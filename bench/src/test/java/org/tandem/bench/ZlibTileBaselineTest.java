package org.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.workload.ScreenWorkload;

class ZlibTileBaselineTest {

    @Test
    void anUnchangedFrameCostsNothingAndAChangeCostsItsTilesOnly() {
        ScreenWorkload typing = ScreenWorkload.create("typing", 1024, 768, 5);
        ZlibTileBaseline baseline = new ZlibTileBaseline();
        Frame first = typing.first();

        long whole = baseline.encode(first);
        long same = baseline.encode(new Frame(first.width(), first.height(), first.argb().clone()));
        long oneKey = baseline.encode(typing.next());

        assertEquals(0, same);
        assertTrue(oneKey > 12 && oneKey < whole / 20, "one keystroke took " + oneKey + " bytes, the frame " + whole);
    }

    @Test
    void theBenchmarkReportsTheFirstFrameAgainstTheBaselineAndBitExact() throws Exception {
        ScreenBenchmark benchmark = new ScreenBenchmark(org.tandem.shared.screen.TileScreenEncoder::new,
                org.tandem.shared.screen.TileScreenDecoder::new);

        ScreenBenchmark.Result result = benchmark.run(ScreenWorkload.create("first-frame", 1024, 768, 5));

        assertEquals(1, result.frames());
        assertTrue(result.bitExact());
        assertTrue(result.bytes() > 0 && result.baselineBytes() > 0);
        assertTrue(result.toJson().startsWith("{\"bench\":\"screen\",\"workload\":\"first-frame\",\"frames\":1,"),
                result.toJson());
    }

    @Test
    void idleHasNoRatioBecauseTheBaselineSendsNothing() throws Exception {
        ScreenBenchmark benchmark = new ScreenBenchmark(org.tandem.shared.screen.TileScreenEncoder::new,
                org.tandem.shared.screen.TileScreenDecoder::new);

        ScreenBenchmark.Result result = benchmark.run(ScreenWorkload.create("idle", 1024, 768, 5));

        assertEquals(0, result.baselineBytes());
        assertTrue(result.toJson().contains("\"ratio\":null"), result.toJson());
    }
}
