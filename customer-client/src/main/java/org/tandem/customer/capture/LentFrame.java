package org.tandem.customer.capture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameRect;
import org.tandem.shared.screen.FrameSource;

/**
 * A frame lent by its source ({@link ChangeHint#captureLent()}), and where it may differ from the
 * frame lent before it: the rectangles drawn on since, in the frame's coordinates, for the encoder
 * to look at and nowhere else.
 */
public record LentFrame(Frame frame, List<FrameRect> drawn) {
    public LentFrame {
        Objects.requireNonNull(frame, "frame");
        // One kind of list whatever the number of rectangles (List.copyOf gives one class for one or two
        // and another for more): the encoder's loop over them stays compiled for the kind it meets.
        List<FrameRect> copy = new ArrayList<>(drawn.size());
        for (FrameRect rect : drawn) {
            copy.add(Objects.requireNonNull(rect, "drawn"));
        }
        drawn = Collections.unmodifiableList(copy);
    }

    /**
     * Captures from {@code source}: a frame lent by a source that can lend one, else a frame to keep,
     * drawn everywhere.
     */
    public static LentFrame capture(FrameSource source) throws IOException {
        return source instanceof ChangeHint hint ? hint.captureLent() : drawnEverywhere(source.capture());
    }

    /** A frame that may differ anywhere: the first, a whole grab, one from a source that cannot tell. */
    public static LentFrame drawnEverywhere(Frame frame) {
        return new LentFrame(frame, List.of(new FrameRect(0, 0, frame.width(), frame.height())));
    }
}
