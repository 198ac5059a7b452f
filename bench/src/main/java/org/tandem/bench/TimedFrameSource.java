package org.tandem.bench;

import java.io.IOException;
import java.util.Objects;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;

/** Wraps the customer's real frame source and tells {@link FrameStages} when each capture starts and ends. */
final class TimedFrameSource implements FrameSource {
    private final FrameSource source;
    private final FrameStages stages;

    TimedFrameSource(FrameSource source, FrameStages stages) {
        this.source = Objects.requireNonNull(source, "source");
        this.stages = Objects.requireNonNull(stages, "stages");
    }

    @Override
    public Frame capture() throws IOException {
        stages.captureStarted(System.nanoTime());
        Frame frame = source.capture();
        stages.captureEnded(System.nanoTime());
        return frame;
    }
}
