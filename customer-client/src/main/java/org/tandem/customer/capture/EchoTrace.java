package org.tandem.customer.capture;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where the sharing side's part of an echo goes: from injecting the technician's input to the last
 * byte of the frame that shows it handed to the channel, cut into waiting for the effect to be
 * drawn, capturing, encoding and sending. Keeps the last {@value #KEPT} inputs; summed up for the
 * app's log when sharing stops. The console's part (the wire, decoding, drawing) is not seen here.
 */
public final class EchoTrace {
    static final int KEPT = 1024;

    private final long[][] samples = new long[5][KEPT];
    private int count;
    private long injectedAt = -1;

    /** Input was injected; its echo is the next frame sent (an earlier input still awaited keeps its time). */
    public synchronized void injected(long at) {
        if (injectedAt == -1) {
            injectedAt = at;
        }
    }

    /** Whether the screen is still watched for the input's effect; when not, that input showed nothing. */
    public synchronized void awaiting(boolean stillAwaited) {
        if (!stillAwaited) {
            injectedAt = -1;
        }
    }

    /** A frame went out: the echo of the input awaited, if one is. */
    public synchronized void shown(long lookAt, long capturedAt, long encodedAt, long sentAt) {
        if (injectedAt != -1) {
            record(injectedAt, lookAt, capturedAt, encodedAt, sentAt);
            injectedAt = -1;
        }
    }

    /** One input's echo, all times from {@link System#nanoTime()}. */
    public synchronized void record(long injectedAt, long lookAt, long capturedAt, long encodedAt, long sentAt) {
        int at = count % KEPT;
        samples[0][at] = sentAt - injectedAt;
        samples[1][at] = lookAt - injectedAt;
        samples[2][at] = capturedAt - lookAt;
        samples[3][at] = encodedAt - capturedAt;
        samples[4][at] = sentAt - encodedAt;
        count++;
    }

    public synchronized int count() {
        return count;
    }

    /** The median and 90th percentile of each part, in words; empty when nothing was recorded. */
    public synchronized String summary() {
        if (count == 0) {
            return "";
        }
        int n = Math.min(count, KEPT);
        return String.format(Locale.ROOT,
                "%d inputs shown: injected to sent p50 %.1f ms, p90 %.1f ms (waiting for the drawing p50 %.1f, "
                        + "capturing %.1f, encoding %.1f, sending %.1f ms)",
                count, percentile(0, n, 50), percentile(0, n, 90), percentile(1, n, 50), percentile(2, n, 50),
                percentile(3, n, 50), percentile(4, n, 50));
    }

    public synchronized void clear() {
        count = 0;
    }

    private double percentile(int part, int n, int p) {
        long[] sorted = Arrays.copyOf(samples[part], n);
        Arrays.sort(sorted);
        int index = Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
