package org.tandem.shared.screen;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessageCodec;
import org.tandem.shared.wire.RecordReader;

/**
 * Packs encoded rectangles into screen updates through one zstd stream that lasts until the next
 * reset, so each update can refer to everything sent before it. Rectangles are compressed in chunks;
 * an update is closed before the next chunk could overflow a record, or before it would expand to
 * more than {@link #MAX_RAW_BYTES}.
 */
final class UpdateWriter implements AutoCloseable {
    /** Most bytes one update may expand to; the decoder refuses more. */
    static final int MAX_RAW_BYTES = 2 << 20;
    /** zstd's window: how far back an update may refer. The decoder refuses larger windows. */
    static final int WINDOW_LOG = 23;
    private static final int MAX_PAYLOAD = RecordReader.MAX_PLAINTEXT - SessionMessageCodec.SCREEN_UPDATE_HEADER - 256;
    private static final int CHUNK = 16 << 10;

    private final int level;
    private final ByteSink raw = new ByteSink();
    private final ByteSink rect = new ByteSink();
    private final ByteArrayOutputStream payload = new ByteArrayOutputStream(MAX_PAYLOAD);
    private ZstdOutputStreamNoFinalizer zstd;
    private java.lang.ref.Cleaner.Cleanable cleanable;
    private boolean newStream;
    private final List<ScreenUpdate> updates = new ArrayList<>();
    private int frameSeq;
    private int width;
    private int height;
    private int rects;
    private long rawInUpdate;

    /** @param maxRectBytes the most bytes one rectangle takes before compression */
    UpdateWriter(int level, int maxRectBytes) {
        if (Zstd.compressBound(maxRectBytes) > MAX_PAYLOAD || maxRectBytes > MAX_RAW_BYTES) {
            throw new IllegalArgumentException("A rectangle of " + maxRectBytes + " bytes may not fit an update");
        }
        this.level = level;
    }

    /** Starts a new stream: the next update is flagged so, and refers to nothing sent before. */
    void restart() {
        close();
        try {
            zstd = new ZstdOutputStreamNoFinalizer(payload);
            zstd.setLevel(level);
            zstd.setWindowLog(WINDOW_LOG);
            cleanable = NativeCleaner.closeWhenGone(this, zstd);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        payload.reset();
        raw.clear();
        newStream = true;
    }

    void beginFrame(int seq, int frameWidth, int frameHeight) {
        frameSeq = seq;
        width = frameWidth;
        height = frameHeight;
        updates.clear();
        rects = 0;
        rawInUpdate = 0;
    }

    /** Where the next rectangle is written; call {@link #rectWritten()} after writing exactly one. */
    ByteSink rectSink() {
        rect.clear();
        return rect;
    }

    /**
     * Takes the rectangle written, into this update if its actual size still fits (at worst it does
     * not compress at all), else into the next.
     */
    void rectWritten() {
        if (rects == ScreenUpdate.MAX_RECTS || rawInUpdate + raw.size() + rect.size() > MAX_RAW_BYTES
                || payload.size() + Zstd.compressBound(raw.size() + rect.size()) > MAX_PAYLOAD) {
            closeUpdate(false);
        }
        raw.append(rect);
        rects++;
        if (raw.size() >= CHUNK) {
            compressChunk();
        }
    }

    /** Ends the frame; the frame's updates, none when nothing was written. */
    List<ScreenUpdate> endFrame() {
        if (rects > 0 || !updates.isEmpty()) {
            closeUpdate(true);
        }
        return List.copyOf(updates);
    }

    private void compressChunk() {
        try {
            zstd.write(raw.array(), 0, raw.size());
            zstd.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rawInUpdate += raw.size();
        raw.clear();
    }

    private void closeUpdate(boolean last) {
        if (raw.size() > 0) {
            compressChunk();
        }
        updates.add(new ScreenUpdate(frameSeq, width, height, last, newStream, rects, payload.toByteArray()));
        payload.reset();
        newStream = false;
        rects = 0;
        rawInUpdate = 0;
    }

    @Override
    public void close() {
        if (zstd != null) {
            cleanable.clean();
            zstd = null;
        }
    }
}
