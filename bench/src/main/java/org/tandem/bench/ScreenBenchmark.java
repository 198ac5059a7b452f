package org.tandem.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessageCodec;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.ScreenCodecException;
import org.tandem.shared.screen.ScreenDecoder;
import org.tandem.shared.screen.ScreenEncoder;
import org.tandem.shared.screen.ScreenQuality;
import org.tandem.shared.screen.workload.ScreenWorkload;

/**
 * Runs one synthetic workload through the real screen encoder, the session codec and the real
 * decoder, and through the zlib baseline, and reports bytes, times and whether the picture
 * arrived exactly.
 */
final class ScreenBenchmark {
    /** What one workload measured; {@code error} compares every frame shown with the frame sent. */
    record Result(String workload, ScreenQuality quality, int frames, int updates, long bytes, long baselineBytes,
            LatencySample encode, LatencySample decode, boolean bitExact, PictureError error) {

        /**
         * The line of a lossy run: bytes against the baseline and against the same workload sent
         * exactly ({@code losslessBytes}), and how far the pictures shown were from those sent.
         */
        String toLossyJson(long losslessBytes) {
            String ratio = baselineBytes == 0 ? "null" : String.format(Locale.ROOT, "%.3f", (double) bytes / baselineBytes);
            String vsLossless = losslessBytes == 0 ? "null"
                    : String.format(Locale.ROOT, "%.3f", (double) bytes / losslessBytes);
            return String.format(Locale.ROOT,
                    "{\"bench\":\"screen\",\"workload\":\"%s\",\"quality\":\"%s\",\"frames\":%d,\"updates\":%d,"
                            + "\"bytes\":%d,\"baselineBytes\":%d,\"ratio\":%s,\"losslessBytes\":%d,"
                            + "\"ratioToLossless\":%s,\"encodeP50Ms\":%.2f,\"encodeP95Ms\":%.2f,\"decodeP50Ms\":%.2f,"
                            + "\"decodeP95Ms\":%.2f,%s}",
                    workload, quality.name().toLowerCase(Locale.ROOT), frames, updates, bytes, baselineBytes, ratio,
                    losslessBytes, vsLossless, encode.percentileMillis(0.5), encode.percentileMillis(0.95),
                    decode.percentileMillis(0.5), decode.percentileMillis(0.95), error.toJsonMembers());
        }

        String toJson() {
            // No ratio when the baseline sent nothing: JSON has no infinity.
            String ratio = baselineBytes == 0 ? "null" : String.format(Locale.ROOT, "%.3f", (double) bytes / baselineBytes);
            return String.format(Locale.ROOT,
                    "{\"bench\":\"screen\",\"workload\":\"%s\",\"frames\":%d,\"updates\":%d,\"bytes\":%d,"
                            + "\"baselineBytes\":%d,\"ratio\":%s,\"encodeP50Ms\":%.2f,\"encodeP95Ms\":%.2f,"
                            + "\"decodeP50Ms\":%.2f,\"decodeP95Ms\":%.2f,\"bitExact\":%b}",
                    workload, frames, updates, bytes, baselineBytes, ratio, encode.percentileMillis(0.5),
                    encode.percentileMillis(0.95), decode.percentileMillis(0.5), decode.percentileMillis(0.95), bitExact);
        }
    }

    private final Supplier<ScreenEncoder> encoders;
    private final DecoderFactory decoders;
    private final SessionMessageCodec wire = new SessionMessageCodec();

    /** Makes a decoder for the announced screen size. */
    interface DecoderFactory {
        ScreenDecoder create(int width, int height) throws ScreenCodecException;
    }

    ScreenBenchmark(Supplier<ScreenEncoder> encoders, DecoderFactory decoders) {
        this.encoders = encoders;
        this.decoders = decoders;
    }

    /**
     * Measures a workload. The first frame is measured only for the {@code first-frame} workload;
     * the others start from it already shown, as a session does once the first frame arrived.
     */
    Result run(ScreenWorkload workload) throws ScreenCodecException, ProtocolException {
        return run(workload, ScreenQuality.LOSSLESS);
    }

    /** Measures a workload with the encoder at this quality, as if the viewer had asked for it. */
    Result run(ScreenWorkload workload, ScreenQuality quality) throws ScreenCodecException, ProtocolException {
        ScreenEncoder encoder = encoders.get();
        encoder.quality(quality);
        PictureError error = new PictureError();
        Frame first = workload.first();
        ScreenDecoder decoder = decoders.create(first.width(), first.height());
        ZlibTileBaseline baseline = new ZlibTileBaseline();
        LatencySample encode = new LatencySample("encode");
        LatencySample decode = new LatencySample("decode");
        boolean measureFirst = !workload.hasNext();
        Counts counts = new Counts();
        boolean exact = send(encoder, decoder, first, measureFirst ? counts : new Counts(), encode, decode, measureFirst,
                measureFirst ? error : new PictureError());
        long baselineBytes = baseline.encode(first);
        if (!measureFirst) {
            baselineBytes = 0;
        }
        int frames = measureFirst ? 1 : 0;
        while (workload.hasNext()) {
            Frame frame = workload.next();
            exact &= send(encoder, decoder, frame, counts, encode, decode, true, error);
            baselineBytes += baseline.encode(frame);
            frames++;
        }
        return new Result(workload.name(), quality, frames, counts.updates, counts.bytes, baselineBytes, encode, decode,
                exact, error);
    }

    private static final class Counts {
        int updates;
        long bytes;
    }

    private boolean send(ScreenEncoder encoder, ScreenDecoder decoder, Frame frame, Counts counts, LatencySample encode,
            LatencySample decode, boolean timed, PictureError error) throws ScreenCodecException, ProtocolException {
        long start = System.nanoTime();
        List<ScreenUpdate> updates = encoder.encode(frame);
        long encoded = System.nanoTime();
        byte[][] records = new byte[updates.size()][];
        for (int i = 0; i < records.length; i++) {
            records[i] = wire.encode(updates.get(i));
            counts.bytes += records[i].length;
        }
        counts.updates += records.length;
        long decodeStart = System.nanoTime();
        for (byte[] record : records) {
            decoder.apply((ScreenUpdate) wire.decode(record));
        }
        long decoded = System.nanoTime();
        if (timed) {
            encode.add(encoded - start);
            decode.add(decoded - decodeStart);
        }
        Frame shown = decoder.frame();
        error.add(frame, shown);
        return shown != null && Arrays.equals(shown.argb(), frame.argb());
    }
}
