package org.tandem.customer.action;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.action.ActionProgress;
import org.tandem.shared.action.ActionText;

/** Passes progress on at most every 200 ms, and none after the request ended. */
final class ThrottledProgress implements ProgressSink {
    private static final Logger LOG = LoggerFactory.getLogger(ThrottledProgress.class);

    private final PendingRequest run;
    private final ActionListener listener;
    private long last = System.nanoTime() - ActionEngine.PROGRESS_INTERVAL_NANOS;

    ThrottledProgress(PendingRequest run, ActionListener listener) {
        this.run = run;
        this.listener = listener;
    }

    @Override
    public void progress(int percent, String line) {
        long now = System.nanoTime();
        if (run.finished.get() || now - last < ActionEngine.PROGRESS_INTERVAL_NANOS) {
            return;
        }
        last = now;
        int bounded = percent < 0 ? ActionProgress.UNKNOWN : Math.min(percent, 100);
        ActionProgress progress = new ActionProgress(run.request.requestId(), bounded,
                ActionText.clean(line == null ? "" : line, ActionProgress.MAX_LINE));
        try {
            listener.progressed(progress);
        } catch (RuntimeException e) {
            LOG.warn("An action listener failed", e);
        }
    }
}
