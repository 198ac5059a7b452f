package org.tandem.bench;

import java.util.concurrent.CompletableFuture;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.ScreenBuffer;

/**
 * Stands in for the technician's view: copies each frame's changed rectangles into its own picture
 * (as the console uploads them into its image), credits the frame back at once (as a view does once
 * it has drawn it), and notes when a watched pixel first shows an awaited colour.
 */
final class ConsoleWatcher implements AgentSessionListener {
    final CompletableFuture<String> code = new CompletableFuture<>();
    final CompletableFuture<Void> viewing = new CompletableFuture<>();
    final CompletableFuture<Void> inControl = new CompletableFuture<>();
    final CompletableFuture<Void> ended = new CompletableFuture<>();

    private final FrameStages stages;
    private volatile AgentSession session;
    private volatile Frame latest;
    private int[] shown;
    private long lastFrameAt;
    private LatencySample frameIntervals;
    private int watchX;
    private int watchY;
    private int awaitedColour;
    private CompletableFuture<Long> awaited;

    ConsoleWatcher(FrameStages stages) {
        this.stages = stages;
    }

    void attach(AgentSession agent) {
        this.session = agent;
    }

    /** Completes with the arrival time of the first frame whose pixel (x, y) has this colour. */
    synchronized CompletableFuture<Long> awaitPixel(int x, int y, int colour) {
        watchX = x;
        watchY = y;
        awaitedColour = colour;
        awaited = new CompletableFuture<>();
        return awaited;
    }

    /** From now on, the time between consecutive frames is added to this sample. */
    synchronized void countFrameIntervals(LatencySample sample) {
        frameIntervals = sample;
        lastFrameAt = 0;
    }

    Frame latest() {
        return latest;
    }

    @Override
    public void screenUpdated(ScreenBuffer screen) {
        long arrived = System.nanoTime();
        if (shown == null || shown.length != screen.width() * screen.height()) {
            shown = new int[screen.width() * screen.height()];
            latest = new Frame(screen.width(), screen.height(), shown);
        }
        screen.takeChanges((x, y, w, h, argb, stride) -> {
            for (int row = y; row < y + h; row++) {
                System.arraycopy(argb, row * stride + x, shown, row * stride + x, w);
            }
        });
        Frame frame = latest;
        stages.arrived(arrived);
        synchronized (this) {
            if (frameIntervals != null && lastFrameAt != 0) {
                frameIntervals.add(arrived - lastFrameAt);
            }
            lastFrameAt = arrived;
            if (awaited != null && !awaited.isDone() && frame.width() > watchX && frame.height() > watchY
                    && frame.pixel(watchX, watchY) == awaitedColour) {
                awaited.complete(arrived);
            }
        }
        stages.requested(System.nanoTime());
        session.frameDrawn();
    }

    @Override
    public void stateChanged(AgentState state, String detail) {
        if (state == AgentState.VIEWING) {
            viewing.complete(null);
        } else if (state == AgentState.ENDED) {
            IllegalStateException failure = new IllegalStateException("The console's session ended: " + detail);
            viewing.completeExceptionally(failure);
            inControl.completeExceptionally(failure);
            ended.complete(null);
        }
    }

    @Override
    public void codeReady(String value) {
        code.complete(value);
    }

    @Override
    public void paired(String checkString) {
    }

    @Override
    public void controlChanged(ControlState state, String detail) {
        if (state == ControlState.IN_CONTROL) {
            inControl.complete(null);
        } else if (state == ControlState.DENIED || state == ControlState.NOT_ANSWERED) {
            inControl.completeExceptionally(new IllegalStateException("Control was denied: " + detail));
        }
    }
}
