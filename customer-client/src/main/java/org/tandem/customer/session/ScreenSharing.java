package org.tandem.customer.session;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.log.ConsentPurposes;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.FrameCredit;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.screen.ScreenQuality;
import org.tandem.shared.session.SessionChannel;

/**
 * The customer's screen sharing within a session, which the {@link ScreenSharer} carries out: it
 * starts once the customer started the session or pressed Share screen, stops when they press Pause
 * sharing or the connection drops (and starts again when a dropped connection that was sharing is
 * resumed), switches monitors at the customer's or the technician's request, and serves the
 * technician's asks for a frame, the whole picture again or another quality. Each step that changes
 * what the technician sees is recorded and told to them, and moves the session between sharing and
 * not sharing.
 */
final class ScreenSharing {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenSharing.class);
    private static final String CUSTOMER = "customer";
    private static final String TECHNICIAN = TechnicianIntroduction.TECHNICIAN;

    /**
     * What sharing uses of the session under way; each is read as the session is at the call.
     *
     * @param state where the session stands
     * @param moveTo moves the session on and tells the view why
     * @param record records an event as the customer; false (and logged) when it could not be written
     * @param send sends a message to the technician, quietly (the channel reports its end)
     * @param channel the session's channel, which the screen is shared on
     * @param broker the session's consent broker; null before the first session
     * @param technicianName the technician as the customer is shown them
     */
    record Session(Supplier<CustomerState> state, BiConsumer<CustomerState, String> moveTo,
            Predicate<JournalEvent> record, Consumer<SessionMessage> send, Supplier<SessionChannel> channel,
            Supplier<ConsentBroker> broker, Supplier<String> technicianName) {
    }

    private final ScreenSharer sharer;
    private final CustomerControl control;
    private final CustomerSessionListener listener;
    private final Executor worker;
    private final Session session;
    private volatile boolean sharingBeforeLoss;

    ScreenSharing(ScreenSharer sharer, CustomerControl control, CustomerSessionListener listener, Executor worker,
            Session session) {
        this.sharer = sharer;
        this.control = control;
        this.listener = listener;
        this.worker = worker;
        this.session = session;
    }

    /** Starts sharing, the customer having allowed it; when the screen cannot be captured, both sides are told. */
    void start() {
        try {
            ScreenSharer.ScreenSize size = sharer.start(session.channel().get());
            record(new JournalEvent.ShareStarted(size.width(), size.height()));
            moveTo(CustomerState.SHARING, "Your screen is being shared with " + session.technicianName().get() + ".");
            session.channel().get().send(new ControlMessage.ScreenShareStarted(size.width(), size.height()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not start sharing", e);
            sharer.stop();
            record(new JournalEvent.Problem("The screen could not be captured, so it was not shared."));
            moveTo(CustomerState.NOT_SHARING, "Your screen could not be shared: Tandem could not capture it on this "
                    + "computer. Your technician can still help you in other ways.");
            // Not the customer's pause: Tandem could not share, and says so as who stopped it (decision 0042).
            send(ControlMessage.ScreenShareStopped.byTandem(JournalEvent.ShareStopped.NOT_CAPTURED));
        }
    }

    /** The customer pressed Share screen while not sharing; the click is the consent. Starts on the worker. */
    void startAgain() {
        if (state() == CustomerState.NOT_SHARING) {
            worker.execute(() -> {
                ConsentBroker questions = session.broker().get();
                if (questions != null && questions.customerGave(ConsentPurposes.SHARING_AGAIN,
                        "The customer pressed Share screen.")) {
                    start();
                }
            });
        }
    }

    /**
     * The customer pressed Pause sharing: sharing stops at once until they share again, the open questions are answered no,
     * control ends, and the technician is told and stops receiving frames.
     */
    void stop() {
        if (state() != CustomerState.SHARING) {
            return;
        }
        ConsentBroker questions = session.broker().get();
        if (questions != null) {
            questions.customerWithdrew(ConsentPurposes.SHARING, "The customer paused sharing.");
        }
        sharer.stop();
        ConsentBroker settling = session.broker().get();
        if (settling != null) {
            settling.settleAll(SettledBecause.SHARING_STOPPED, ConsentBroker.SHARING_PAUSED);
        }
        control.sharingStopped();
        // In the words of the button that did it, wherever a person reads it (decision 0042).
        record(new JournalEvent.ShareStopped(JournalEvent.ShareStopped.BY_CUSTOMER, JournalEvent.ShareStopped.PAUSED));
        moveTo(CustomerState.NOT_SHARING, "You paused sharing your screen. Your technician sees nothing until you press"
                + " Share screen.");
        send(ControlMessage.ScreenShareStopped.byCustomer(JournalEvent.ShareStopped.PAUSED));
    }

    /** The viewer's credits: more frames may be sent. Counted only while sharing (a new share starts afresh). */
    void credited(FrameCredit credit) {
        if (state() == CustomerState.SHARING) {
            sharer.credited(credit.frames());
        }
    }

    /**
     * The technician's asks about the screen: the whole picture again, another quality or another
     * monitor. The whole picture and monitors are served only while sharing.
     *
     * @return false when {@code message} is none of these
     */
    boolean handle(ControlMessage message) {
        if (message instanceof ControlMessage.ScreenRefresh) {
            if (state() == CustomerState.SHARING) {
                sharer.refreshRequested();
            }
        } else if (message instanceof ControlMessage.ScreenQualityRequest ask) {
            sharer.qualityRequested(ScreenQuality.ofWireName(ask.quality())); // how exact, not what: not journaled
        } else if (message instanceof ControlMessage.ScreenSwitch ask) {
            if (state() == CustomerState.SHARING) {
                switchTo(ask.monitor(), TECHNICIAN);
            }
        } else {
            return false;
        }
        return true;
    }

    /**
     * Another monitor, or all ({@code 0}), as {@code by} (the customer or the technician) asked. While
     * sharing, it is recorded before it takes effect and sharing stays on; otherwise it is what sharing
     * starts with. A monitor that is not there is refused and nothing changes.
     */
    void switchTo(int monitor, String by) {
        Optional<ScreenSharer.ScreenSize> size = sharer.sizeOf(monitor);
        if (size.isEmpty()) {
            LOG.warn("The {} asked to share monitor {}, which this computer does not have; nothing changed", by, monitor);
            return;
        }
        if (state() != CustomerState.SHARING) {
            sharer.switchTo(monitor);
            return;
        }
        if (record(new JournalEvent.ShareSwitched(by, monitor, sharer.monitorCount(), size.get().width(),
                size.get().height()))) {
            if (!CUSTOMER.equals(by)) {
                listener.activity(TechnicianIntroduction.capitalized(session.technicianName().get()) + " switched to "
                        + (monitor == 0 ? "all your monitors" : "your monitor " + monitor) + ".");
            }
            sharer.switchTo(monitor);
        }
    }

    /**
     * The connection dropped: sharing stops until the connection is resumed, and the customer reads
     * that their technician cannot see or control their computer meanwhile.
     */
    void connectionLost() {
        sharingBeforeLoss = state() == CustomerState.SHARING;
        if (sharingBeforeLoss) {
            sharer.stop();
        }
        if (sharingBeforeLoss || state() == CustomerState.NOT_SHARING || state() == CustomerState.CONNECTED) {
            moveTo(sharingBeforeLoss ? CustomerState.NOT_SHARING : state(), "Reconnecting to your technician… They cannot "
                    + "see or control your computer meanwhile.");
        }
    }

    /** The connection is back: sharing starts again (on the worker) only if it was on when the connection dropped. */
    void connectionResumed() {
        if (sharingBeforeLoss && state() == CustomerState.NOT_SHARING) {
            sharingBeforeLoss = false;
            worker.execute(this::start);
        } else if (state() == CustomerState.NOT_SHARING) {
            moveTo(CustomerState.NOT_SHARING, "Reconnected to your technician.");
        }
    }

    private CustomerState state() {
        return session.state().get();
    }

    private void moveTo(CustomerState next, String detail) {
        session.moveTo().accept(next, detail);
    }

    private boolean record(JournalEvent event) {
        return session.record().test(event);
    }

    private void send(SessionMessage message) {
        session.send().accept(message);
    }
}
