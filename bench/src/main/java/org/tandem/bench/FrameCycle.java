package org.tandem.bench;

import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.workload.ScreenWorkload;

/**
 * The frames of one {@link ScreenWorkload}, drawn once and shared by every session of a load run
 * (the encoder copies what it needs and never changes a frame). Each session walks the cycle from
 * its own starting point; after the last frame it starts again at the first, which is one larger
 * change.
 */
final class FrameCycle {
    private final List<Frame> frames;

    private FrameCycle(List<Frame> frames) {
        this.frames = List.copyOf(frames);
    }

    static FrameCycle of(String workload, int width, int height, long seed) {
        ScreenWorkload source = ScreenWorkload.create(workload, width, height, seed);
        List<Frame> frames = new ArrayList<>(source.frames() + 1);
        frames.add(source.first());
        while (source.hasNext()) {
            frames.add(source.next());
        }
        return new FrameCycle(frames);
    }

    /** Frame {@code index} of an endless walk through the cycle. */
    Frame frame(long index) {
        return frames.get((int) (index % frames.size()));
    }

    int size() {
        return frames.size();
    }
}
