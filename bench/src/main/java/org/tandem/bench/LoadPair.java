package org.tandem.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.FrameCredit;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.screen.ScreenEncoder;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionListener;

/**
 * One paired session of a load run: the technician's and the customer's encrypted session channels,
 * and the synthetic traffic between them. The customer encodes workload frames with the real tile
 * encoder against the viewer's credits; the technician sends numbered pointer moves and both sides
 * numbered chat messages, which the receivers count and, for input, time. Its work runs on the
 * executors it is given, shared by every session, so a session costs no thread of its own beyond
 * what the session channel itself starts.
 */
final class LoadPair {
    /** Frames the viewer may have in flight, as in the customer client. */
    static final int CREDITS = 2;
    /** Pointer moves carry their sequence number in their coordinates, in this base. */
    private static final int BASE = 16_000;

    private final int index;
    private final SessionChannel technician;
    private final SessionChannel customer;
    private final FrameCycle frames;
    private final ScreenEncoder encoder = new TileScreenEncoder();
    private final ScreenCredits credits = new ScreenCredits();
    private final SendTimes inputTimes = new SendTimes();
    private final SequenceCounter inputs = new SequenceCounter();
    private final SequenceCounter chatToCustomer = new SequenceCounter();
    private final SequenceCounter chatToTechnician = new SequenceCounter();
    private final Histogram latencyMicros = new SynchronizedHistogram(3);
    private final AtomicLong inputSent = new AtomicLong();
    private final AtomicLong chatSentToCustomer = new AtomicLong();
    private final AtomicLong chatSentToTechnician = new AtomicLong();
    private final AtomicLong framesReceived = new AtomicLong();
    private final AtomicLong updatesReceived = new AtomicLong();
    private final AtomicLong screenBytes = new AtomicLong();
    private final List<ScheduledFuture<?>> ticks = new ArrayList<>();
    private long frameIndex;
    private volatile boolean stopping;
    private volatile String failure;
    private long startedNanos;
    private long stoppedNanos;

    LoadPair(int index, SessionChannel technician, SessionChannel customer, FrameCycle frames) {
        this.index = index;
        this.technician = technician;
        this.customer = customer;
        this.frames = frames;
        this.frameIndex = (long) index * 7;
        technician.start(new TechnicianEnd(), "load-" + index + "-technician");
        customer.start(new CustomerEnd(), "load-" + index + "-customer");
    }

    /** Starts the traffic: screen work on {@code screen}, input and chat on {@code talk}. */
    synchronized void begin(LoadPlan plan, ScheduledExecutorService screen, ScheduledExecutorService talk) {
        startedNanos = System.nanoTime();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        sendQuietly(technician, new FrameCredit(CREDITS));
        long frameEvery = plan.frameIntervalMicros();
        long inputEvery = plan.inputIntervalMicros();
        long chatEvery = plan.chatEvery().toNanos() / 1000;
        // Random phases, so that hundreds of sessions do not all send in the same millisecond.
        ticks.add(screen.scheduleAtFixedRate(guarded(this::pushFrame), random.nextLong(frameEvery), frameEvery, TimeUnit.MICROSECONDS));
        ticks.add(talk.scheduleAtFixedRate(guarded(this::sendInput), random.nextLong(inputEvery), inputEvery, TimeUnit.MICROSECONDS));
        ticks.add(talk.scheduleAtFixedRate(guarded(() -> chat(technician, chatSentToCustomer)), random.nextLong(chatEvery),
                chatEvery, TimeUnit.MICROSECONDS));
        ticks.add(talk.scheduleAtFixedRate(guarded(() -> chat(customer, chatSentToTechnician)), random.nextLong(chatEvery),
                chatEvery, TimeUnit.MICROSECONDS));
    }

    /** Stops sending; what is on the way still arrives and is counted. */
    synchronized void stop() {
        stoppedNanos = System.nanoTime();
        stopping = true;
        ticks.forEach(tick -> tick.cancel(false));
    }

    /** Whether every message sent has arrived (or the session is over, so nothing more will). */
    boolean drained() {
        return failure != null || inputs.distinct() >= inputSent.get()
                && chatToCustomer.distinct() >= chatSentToCustomer.get()
                && chatToTechnician.distinct() >= chatSentToTechnician.get();
    }

    void close() {
        stopping = true;
        technician.close(SessionEnding.TECHNICIAN_ENDED);
        customer.close(SessionEnding.CUSTOMER_ENDED);
    }

    synchronized SessionFigures figures() {
        double seconds = (stoppedNanos - startedNanos) / 1e9;
        SequenceCounter.Count control = chatToCustomer.count(chatSentToCustomer.get())
                .plus(chatToTechnician.count(chatSentToTechnician.get()));
        return new SessionFigures(index, seconds, framesReceived.get(), updatesReceived.get(), screenBytes.get(),
                latencyMicros.copy(), inputs.count(inputSent.get()), control, failure);
    }

    private void pushFrame() {
        if (stopping || !credits.take()) {
            return;
        }
        List<ScreenUpdate> updates = encoder.encode(frames.frame(frameIndex++));
        if (updates.isEmpty()) {
            credits.giveBack();
            return;
        }
        for (ScreenUpdate update : updates) {
            if (!sendQuietly(customer, update)) {
                return;
            }
        }
    }

    private void sendInput() {
        if (stopping) {
            return;
        }
        long seq = inputSent.get();
        inputTimes.sent(seq, System.nanoTime());
        inputSent.incrementAndGet();
        sendQuietly(technician, new InputEvent.PointerMove((int) (seq % BASE), (int) (seq / BASE % BASE)));
    }

    private void chat(SessionChannel from, AtomicLong sent) {
        if (stopping) {
            return;
        }
        long seq = sent.getAndIncrement();
        sendQuietly(from, new ControlMessage.ChatSent("load-" + seq, "Load message " + seq + ", as a person would type it."));
    }

    /** A periodic task that stops silently on an exception: the failure is recorded instead, and the session ended. */
    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = "benchmark: " + e;
                }
                close();
            }
        };
    }

    /** Sends; a failure ends the channel, whose listener then records why. */
    private boolean sendQuietly(SessionChannel channel, SessionMessage message) {
        try {
            channel.send(message);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void ended(String side, SessionEndReason reason) {
        if (!stopping && failure == null) {
            failure = side + ": " + reason.ending().code();
        }
    }

    private static long chatSeq(ControlMessage.ChatSent chat) {
        return Long.parseLong(chat.id().substring("load-".length()));
    }

    /** The console's end: counts the screen, hands back a credit per frame, counts the customer's chat. */
    private final class TechnicianEnd implements SessionListener {
        @Override
        public void received(SessionMessage message) {
            if (message instanceof ScreenUpdate update) {
                updatesReceived.incrementAndGet();
                screenBytes.addAndGet(update.payload().length);
                if (update.lastOfFrame()) {
                    framesReceived.incrementAndGet();
                    sendQuietly(technician, new FrameCredit(1));
                }
            } else if (message instanceof ControlMessage.ChatSent chat) {
                chatToTechnician.received(chatSeq(chat));
            }
        }

        @Override
        public void ended(SessionEndReason reason) {
            LoadPair.this.ended("technician", reason);
        }
    }

    /** The customer's end: takes the viewer's credits, times and counts input, counts chat. */
    private final class CustomerEnd implements SessionListener {
        @Override
        public void received(SessionMessage message) {
            if (message instanceof InputEvent.PointerMove move) {
                long now = System.nanoTime();
                long seq = (long) move.y() * BASE + move.x();
                inputs.received(seq);
                long elapsed = inputTimes.elapsedSince(seq, now);
                if (elapsed >= 0) {
                    latencyMicros.recordValue(Math.max(0, elapsed / 1000));
                }
            } else if (message instanceof FrameCredit credit) {
                credits.granted(credit.frames());
            } else if (message instanceof ControlMessage.ChatSent chat) {
                chatToCustomer.received(chatSeq(chat));
            }
        }

        @Override
        public void ended(SessionEndReason reason) {
            LoadPair.this.ended("customer", reason);
        }
    }
}
