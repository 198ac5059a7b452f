package org.tandem.customer.session;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.customer.control.GateListener;
import org.tandem.customer.control.InputGate;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalClosedException;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.SessionMessage;

/**
 * The customer's side of remote control: puts the technician's request to the customer through the
 * session's {@link ConsentBroker}, records the start and end of control before they take effect, and
 * hands incoming input to the {@link InputGate}, the one place that decides whether it reaches the
 * screen.
 *
 * <p>Control is bound to one session at a time ({@link #attach}), and within it to one connection
 * ({@link #connectionLost}): an answer that arrives for an earlier session or connection, or after
 * the session or sharing ended, grants nothing. A grant and the loss of the connection happen one
 * after the other, never interleaved, so control granted before the loss is taken back by it.
 *
 * <p>The technician may withdraw a request while the customer is asked ({@link #withdrawn}): the
 * question closes unanswered and nothing is granted. The broker settles a question once, so an
 * Allow and a withdrawal that cross are taken in the order they reach it; a yes taken first grants,
 * and the technician's side, which no longer asks, gives control back at once (decision 0027).
 */
public final class CustomerControl implements GateListener {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerControl.class);
    private static final String CUSTOMER = "customer";
    private static final String SYSTEM = "system";
    private static final SessionJournal NO_SESSION = (actor, event) -> {
        throw new JournalClosedException("No session is open");
    };

    /** What the customer's view hears about control. */
    public interface Listener {
        void controlChanged(boolean granted, String detail);

        /**
         * The technician withdrew their request for control before the customer answered it; the
         * question has closed and nothing was granted. {@code technician}: who, at the start of a sentence.
         */
        default void requestWithdrawn(String technician) {
        }

        /**
         * A line for the customer's list of what the technician did, with its time: control began, or
         * ended, for how long and who ended it, in the words the recap uses for the same period.
         */
        default void activity(String line) {
        }
    }

    /** Why a question about control closed, in the customer's journal and in the answer to the technician. */
    static final String WITHDRAWN = "The technician withdrew the request before you answered.";
    /** The answer to the technician when the customer pressed No, and only then. */
    static final String SAID_NO = "The customer said no.";

    /**
     * One session's view of control: where to record, how to reach the technician, who they are; and
     * which of the session's connections it is, counted from 0.
     */
    private record Binding(SessionJournal journal, Consumer<SessionMessage> sender, IdentityVerdict technician,
            ConsentBroker broker, Duration consentTimeout, int connection) {

        /** The same session after its connection was lost: nothing asked before counts in it. */
        Binding nextConnection() {
            return new Binding(journal, sender, technician, broker, consentTimeout, connection + 1);
        }
    }

    private static final Binding DETACHED = new Binding(NO_SESSION, message -> { },
            new IdentityVerdict.Unverified("", "", "not yet known"), null, Duration.ZERO, 0);

    private final InputGate gate;
    private final Listener listener;
    private final ControlFeed feed;
    private volatile Binding binding = DETACHED;
    private volatile Binding asking;
    /** The question put to the customer for the request that {@link #asking} belongs to. */
    private volatile CompletableFuture<Answer> question;
    /**
     * Held to grant, take back and let go of control, each as one step. Taken after the consent
     * broker's lock (an answer arrives under it) and before the gate's; never held to wait for the broker.
     */
    private final Object lock = new Object();
    /** Who ends control as the gate lets go of it; set under {@link #lock} just before. */
    private String endingBy = JournalEvent.ControlStopped.BY_CUSTOMER;
    /** The journal's actor of the technician who asked for control last: who gives it back. */
    private volatile String technicianActor = "technician";

    public CustomerControl(InputInjector injector, Clock clock, Duration localActivityPause, OwnWindows ownWindows,
            Listener listener) {
        this.gate = new InputGate(injector, clock, localActivityPause, this, ownWindows);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.feed = new ControlFeed(clock, listener::activity);
    }

    /** The gate, for the monitor of the customer's own mouse and for holding input while a question is open. */
    public InputGate gate() {
        return gate;
    }

    /** Binds control to a session; any earlier session's binding is gone. */
    void attach(SessionJournal journal, Consumer<SessionMessage> send, IdentityVerdict verdict, ConsentBroker broker,
            Duration consentTimeout) {
        binding = new Binding(Objects.requireNonNull(journal, "journal"), Objects.requireNonNull(send, "send"),
                Objects.requireNonNull(verdict, "verdict"), Objects.requireNonNull(broker, "broker"),
                Objects.requireNonNull(consentTimeout, "consentTimeout"), 0);
        asking = null;
    }

    /**
     * The technician asked for control: ask the customer, once at a time, while the screen is shared. The
     * request is recorded as {@code technician}'s (the journal's actor), as the technician's side records it.
     */
    void requested(String technician, BooleanSupplier sharing) {
        Binding session = binding;
        if (session.broker() == null || gate.isGranted() || asking == session) {
            return;
        }
        if (!sharing.getAsBoolean()) {
            session.sender().accept(ControlMessage.ControlDenied.notAnswered("The customer is not sharing the screen."));
            return;
        }
        if (!record(session, technician, new JournalEvent.ControlRequested())) {
            session.sender().accept(ControlMessage.ControlDenied.notAnswered(
                    "The customer's computer could not record the request."));
            return;
        }
        asking = session;
        technicianActor = technician;
        ConsentRequest control = new ConsentRequest(ConsentRequest.Kind.CONTROL, session.technician(),
                session.consentTimeout());
        CompletableFuture<Answer> asked = session.broker().ask(control, () -> binding == session && sharing.getAsBoolean());
        question = asked;
        asked.whenComplete((answer, error) -> decided(session, answer, error));
    }

    /**
     * The technician withdrew their request for control. A question about it still open or waiting is
     * closed, recorded first (by the broker, as withdrawn by {@code technician}, the journal's actor); the
     * technician's side hears it closed and the customer reads a notice. A question answered already
     * keeps its answer, which is on its way to the technician's side: the withdrawal does nothing then,
     * as it does when nothing was asked.
     */
    void withdrawn(String technician) {
        Binding session = binding;
        CompletableFuture<Answer> asked = question;
        if (session.broker() == null || asking != session || asked == null
                || !session.broker().withdraw(asked, technician, WITHDRAWN)) {
            LOG.info("The technician withdrew a request for control that no open question belongs to; ignored");
        }
    }

    /**
     * The answer, recorded by the broker already; it counts only for the session and the connection it
     * was asked in. A question open when the connection dropped was answered no by the loss, which the
     * technician's side knows without being told. Only the customer's No is sent as their no; a no the
     * broker gave for them ({@code error}) goes as not answered, with why (decision 0027, fourth addendum).
     */
    private void decided(Binding session, Answer answer, Throwable error) {
        synchronized (lock) {
            if (asking == session) {
                asking = null;
            }
            if (binding != session) {
                LOG.info("An answer about control arrived after its connection was lost or its session ended; ignored");
                return;
            }
            if (answer == Answer.GRANTED) {
                grant(session);
            } else if (answer == Answer.WITHDRAWN) {
                listener.requestWithdrawn(technicianName(session));
                session.sender().accept(ControlMessage.ControlDenied.toWithdrawal(WITHDRAWN));
            } else if (answer == Answer.DENIED) {
                session.sender().accept(new ControlMessage.ControlDenied(SAID_NO));
            } else if (answer == Answer.TIMED_OUT) {
                session.sender().accept(ControlMessage.ControlDenied.nobodyAnswered());
            } else {
                session.sender().accept(ControlMessage.ControlDenied.notAnswered(ControlDenialWords.closedFor(error)));
            }
        }
    }

    /**
     * Grants, tells the customer and then the technician. The customer hears first: sending may find
     * the connection gone, and the loss, handled there and then, takes control back and says so last.
     */
    private void grant(Binding session) {
        try {
            gate.grant(); // beforeGrant records it first
        } catch (RuntimeException e) {
            LOG.warn("Control not granted: {}", e.getMessage());
            session.sender().accept(ControlMessage.ControlDenied.notAnswered(
                    "The customer's computer could not record the decision."));
            return;
        }
        feed.began(technicianName(session));
        listener.controlChanged(true, technicianName(session) + " is controlling your computer");
        session.sender().accept(new ControlMessage.ControlGranted());
    }

    /** Input from the technician: the gate decides; true when it was injected. */
    boolean offer(InputEvent event) {
        return gate.offer(event);
    }

    /** The technician gave control back. */
    void released() {
        end(JournalEvent.ControlStopped.BY_TECHNICIAN, JournalEvent.ControlStopped.TECHNICIAN_GAVE_BACK, false);
    }

    /** The customer takes control back (Stop control, or its hotkey); the technician is told why. */
    public void stop(String reason) {
        end(JournalEvent.ControlStopped.BY_CUSTOMER, reason, true);
    }

    /** The customer paused sharing, which ends control too: Tandem ends it, and the technician is told. */
    void sharingStopped() {
        end(JournalEvent.ControlStopped.BY_SYSTEM, JournalEvent.ControlStopped.SHARING_PAUSED, true);
    }

    /**
     * Ends control, if it is held, recorded first as ended by {@code by} (decision 0031); {@code tell}: the
     * technician's side hears of it, which it must unless it ended control itself or the session is over.
     */
    private void end(String by, String reason, boolean tell) {
        synchronized (lock) {
            if (gate.isGranted()) {
                endingBy = by;
                gate.revoke(reason); // beforeRevoke records it, naming endingBy
                if (tell) {
                    binding.sender().accept(new ControlMessage.ControlRevoked(reason,
                            by.equals(JournalEvent.ControlStopped.BY_CUSTOMER) ? ControlMessage.ControlRevoked.CUSTOMER
                                    : ControlMessage.ControlRevoked.SYSTEM));
                }
            }
        }
    }

    /**
     * The connection dropped: control ends (the technician hears why after the resume), and whatever
     * the customer answers to a question asked before grants nothing. Call it before the open questions
     * are settled, and not under the consent broker's lock.
     */
    void connectionLost(String reason) {
        synchronized (lock) {
            if (binding != DETACHED) {
                binding = binding.nextConnection();
            }
            asking = null;
            end(JournalEvent.ControlStopped.BY_SYSTEM, reason, true);
        }
    }

    /** The session ended: control ends and the session lets go of control. */
    void ended() {
        synchronized (lock) {
            end(JournalEvent.ControlStopped.BY_SYSTEM, JournalEvent.ControlStopped.SESSION_ENDED, false);
            binding = DETACHED;
            asking = null;
        }
    }

    @Override
    public void beforeGrant() {
        if (!record(binding, new JournalEvent.ControlStarted())) {
            throw new IllegalStateException("could not record the grant");
        }
    }

    @Override
    public void beforeRevoke(String reason) {
        // Recorded by whoever ended it, as every entry is (decision 0033, fourth addendum).
        JournalEvent.ControlStopped stopped = new JournalEvent.ControlStopped(endingBy, reason);
        record(binding, switch (endingBy) {
            case JournalEvent.ControlStopped.BY_TECHNICIAN -> technicianActor;
            case JournalEvent.ControlStopped.BY_SYSTEM -> SYSTEM;
            default -> CUSTOMER;
        }, stopped);
        feed.ended(technicianName(binding), stopped);
        listener.controlChanged(false, reason);
    }

    /**
     * Recorded by who paused it (decision 0035): the customer, using their own mouse; Tandem, holding the
     * technician's input off its own window. The technician's side is told which.
     */
    @Override
    public void beforePause(InputGate.Pause pause, String reason) {
        boolean customers = pause == InputGate.Pause.CUSTOMER_ACTIVE;
        record(binding, customers ? CUSTOMER : SYSTEM, new JournalEvent.ControlPaused(reason));
        binding.sender().accept(customers ? ControlMessage.ControlPaused.byCustomer(reason)
                : ControlMessage.ControlPaused.byTandem(reason));
    }

    /**
     * Recorded by who ended the pause (decision 0035): Tandem, once the customer's mouse was still; the
     * technician, whose click outside Tandem's windows ended a hold at one of them.
     */
    @Override
    public void resumed(InputGate.Pause pause) {
        record(binding, pause == InputGate.Pause.CUSTOMER_ACTIVE ? SYSTEM : technicianActor,
                new JournalEvent.ControlResumed());
        binding.sender().accept(new ControlMessage.ControlResumed());
    }

    private static String technicianName(Binding session) {
        // As the rest of the session shows a technician whose identity is not verified.
        return session.technician() instanceof IdentityVerdict.Verified verified ? verified.technicianName()
                : TechnicianIntroduction.capitalized(TechnicianIntroduction.UNNAMED);
    }

    private static boolean record(Binding session, JournalEvent event) {
        return record(session, CUSTOMER, event);
    }

    private static boolean record(Binding session, String actor, JournalEvent event) {
        try {
            session.journal().record(actor, event);
            return true;
        } catch (JournalException e) {
            LOG.warn("Could not record {}: {}", event.type(), e.getMessage());
            return false;
        }
    }
}
