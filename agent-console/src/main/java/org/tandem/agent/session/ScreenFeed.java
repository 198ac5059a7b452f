package org.tandem.agent.session;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.FrameCredit;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.screen.ScreenCodecException;
import org.tandem.shared.screen.ScreenDecoder;
import org.tandem.shared.screen.ScreenQuality;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.session.SessionChannel;

/**
 * The customer's screen as it arrives at the console: updates are decoded into the picture, and each
 * frame is credited back once the view has drawn it ({@link FrameCredits}: alone when the customer
 * holds no credit, else with the technician's next input). How long each frame's updates take to
 * arrive sets the quality asked of the customer ({@link ScreenQualityPolicy}). Not thread-safe: the
 * session calls it under its own lock, except {@link #takeOwedCredits()}.
 */
final class ScreenFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenFeed.class);
    /** Frames the customer may send before the view has drawn any: one on screen, one on the way. */
    static final int MAX_FRAMES_IN_FLIGHT = FrameCredit.MAX_IN_FLIGHT;
    /** Broken screen updates in a row after which the session ends instead of asking again. */
    static final int MAX_BROKEN_UPDATES = 3;

    private final Supplier<SessionChannel> channel;
    private final Consumer<SessionMessage> sendQuietly;
    private final AgentSessionListener listener;
    private ScreenDecoder decoder = new TileScreenDecoder();
    private final FrameCredits credits;
    private int framesToCredit;
    private int brokenUpdates;
    private final LongSupplier nanoTime;
    private final ScreenQualityPolicy quality;
    /** When the first update of the frame now arriving came; -1 between frames. */
    private long frameBegan = -1;

    ScreenFeed(Supplier<SessionChannel> channel, Consumer<SessionMessage> sendQuietly, AgentSessionListener listener) {
        this(channel, sendQuietly, listener, System::nanoTime);
    }

    /** @param nanoTime {@code System::nanoTime} in the app, a hand-moved clock in tests */
    ScreenFeed(Supplier<SessionChannel> channel, Consumer<SessionMessage> sendQuietly, AgentSessionListener listener,
            LongSupplier nanoTime) {
        this.channel = channel;
        this.sendQuietly = sendQuietly;
        this.listener = listener;
        this.nanoTime = nanoTime;
        this.credits = new FrameCredits(nanoTime);
        this.quality = new ScreenQualityPolicy(nanoTime);
    }

    /** About once a second while viewing: a still screen's quality rises back too. */
    void tick() {
        quality.tick().ifPresent(this::askForQuality);
    }

    /** The quality now asked of the customer. */
    ScreenQuality quality() {
        return quality.current();
    }

    private void askForQuality(ScreenQuality level) {
        LOG.info("Asking the customer for {} screen updates", level.wireName());
        sendQuietly.accept(new ControlMessage.ScreenQualityRequest(level.wireName()));
    }

    /**
     * Sharing started at this size: updates bigger than the announced screen are refused, so nothing
     * allocates what a message claims. No credits are held until {@link #askForFirstFrames}.
     */
    void started(int width, int height) throws ProtocolException {
        replaceDecoder(decoderFor(width, height));
        credits.reset();
        framesToCredit = 0;
        frameBegan = -1;
        quality.reset();
    }

    void askForFirstFrames() {
        send(credits.grant(MAX_FRAMES_IN_FLIGHT));
    }

    /** Another monitor is shared: a new stream at the new size follows. Credits carry over: they count frames. */
    void switched(int width, int height) throws ProtocolException {
        replaceDecoder(decoderFor(width, height));
        brokenUpdates = 0;
    }

    /** Sharing stopped: whatever was asked for will not come. */
    void stopped() {
        credits.reset();
    }

    /** The view has drawn the frames it was told of: they are credited back, now or with the next input. */
    void drawn() {
        if (framesToCredit == 0) {
            return;
        }
        send(credits.drawn(framesToCredit));
        framesToCredit = 0;
    }

    /**
     * The credits owed for frames drawn, to ride on the technician's input: counted as sent from now
     * on, so the caller must send them. Takes no session lock. 0 when nothing is owed.
     */
    int takeOwedCredits() {
        return credits.takeOwed();
    }

    /** One update of the current frame, while viewing. */
    void apply(ScreenUpdate update) throws ProtocolException {
        if (!credits.anyHeld()) {
            throw new ProtocolException("The customer sent a frame nobody asked for");
        }
        if (frameBegan < 0) {
            frameBegan = nanoTime.getAsLong();
        }
        boolean shown = false;
        try {
            shown = decoder.apply(update);
            if (shown) {
                brokenUpdates = 0;
            }
        } catch (ScreenCodecException e) {
            // Logged in full; the picture is asked for again rather than ending the session, a few times.
            LOG.warn("A screen update did not decode; asking for the whole screen again: {}", e.getMessage());
            if (++brokenUpdates > MAX_BROKEN_UPDATES) {
                throw e.asProtocolException();
            }
            decoder.reset();
            sendQuietly.accept(new ControlMessage.ScreenRefresh());
        }
        if (!update.lastOfFrame()) {
            return;
        }
        send(credits.frameArrived());
        quality.frameArrived(frameBegan).ifPresent(this::askForQuality);
        frameBegan = -1;
        if (shown) {
            framesToCredit++;
            listener.screenUpdated(decoder.screen());
        } else {
            send(credits.drawn(1)); // a frame the view never sees is credited back as if drawn
        }
    }

    private void send(int frames) {
        if (frames == 0) {
            return;
        }
        try {
            channel.get().send(new FrameCredit(frames));
        } catch (IOException e) {
            LOG.debug("Sending a credit failed; the channel reports the end", e);
        }
    }

    /** The old stream's decompressor is freed now, not whenever the collector comes by. */
    private void replaceDecoder(ScreenDecoder next) {
        decoder.close();
        decoder = next;
    }

    private static ScreenDecoder decoderFor(int width, int height) throws ProtocolException {
        try {
            return new TileScreenDecoder(width, height);
        } catch (ScreenCodecException e) {
            throw e.asProtocolException();
        }
    }
}
