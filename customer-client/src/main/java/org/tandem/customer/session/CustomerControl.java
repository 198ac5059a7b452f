package org.tandem.customer.session;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.control.GateListener;
import org.tandem.customer.control.InputGate;
import org.tandem.customer.control.InputInjector;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.SessionMessage;

/**
 * The customer's side of remote control: asks the customer when the technician requests control,
 * records every decision before it takes effect, and hands incoming input to the {@link InputGate},
 * the one place that decides whether it reaches the screen. Any consent prompt, for control or
 * anything else, suspends remote input while it is open ({@link #holdInputWhile}).
 */
public final class CustomerControl implements GateListener {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerControl.class);
    private static final String CUSTOMER = "customer";

    /** What the customer's view hears about control. */
    public interface Listener {
        void controlChanged(boolean granted, String detail);
    }

    private final InputGate gate;
    private final ConsentPrompt prompt;
    private final Duration consentTimeout;
    private final Executor worker;
    private final Listener listener;
    private final AtomicBoolean asking = new AtomicBoolean();
    private volatile SessionJournal journal = SessionJournal.NONE;
    private volatile Consumer<SessionMessage> sender = message -> { };
    private volatile IdentityVerdict technician;

    public CustomerControl(InputInjector injector, Clock clock, Duration localActivityPause, ConsentPrompt prompt,
            Duration consentTimeout, Executor worker, Listener listener) {
        this.gate = new InputGate(injector, clock, localActivityPause, this);
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.consentTimeout = Objects.requireNonNull(consentTimeout, "consentTimeout");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The gate, for the monitor of the customer's own mouse. */
    public InputGate gate() {
        return gate;
    }

    /** Binds control to a session: where to record, how to reach the technician, who they are. */
    void attach(SessionJournal sessionJournal, Consumer<SessionMessage> send, IdentityVerdict verdict) {
        this.journal = Objects.requireNonNull(sessionJournal, "sessionJournal");
        this.sender = Objects.requireNonNull(send, "send");
        this.technician = Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * Asks the customer with remote input suspended for as long as the prompt is open, so the
     * technician can never answer a prompt for the customer.
     */
    CompletableFuture<Boolean> holdInputWhile(ConsentRequest request) {
        InputGate.PromptHold hold = gate.promptOpened();
        CompletableFuture<Boolean> answer;
        try {
            answer = prompt.ask(request);
        } catch (RuntimeException e) {
            hold.close();
            throw e;
        }
        answer.completeOnTimeout(null, request.timeout().toMillis(), TimeUnit.MILLISECONDS);
        return answer.whenComplete((result, error) -> hold.close());
    }

    /**
     * Asks the customer whether to allow one scan or change, naming its exact target, with remote
     * input suspended while the question is open.
     */
    public CompletableFuture<Boolean> askForAction(String target, String effect, Duration timeout) {
        IdentityVerdict who = technician != null ? technician
                : new IdentityVerdict.Unverified("", "", "not yet known");
        return holdInputWhile(ConsentRequest.forAction(who, timeout, target, effect));
    }

    /** The technician asked for control: ask the customer (once at a time). */
    void requested(boolean sharing) {
        if (gate.isGranted() || !asking.compareAndSet(false, true)) {
            return;
        }
        if (!sharing) {
            asking.set(false);
            sender.accept(new ControlMessage.ControlDenied("The customer is not sharing the screen."));
            return;
        }
        if (!record(LogEventTypes.CONTROL_REQUESTED, Map.of()) || !record(LogEventTypes.CONSENT_ASKED,
                Map.of("for", "control", "what", "control the mouse and keyboard"))) {
            asking.set(false);
            sender.accept(new ControlMessage.ControlDenied("The customer's computer could not record the request."));
            return;
        }
        holdInputWhile(new ConsentRequest(ConsentRequest.Kind.CONTROL, technician, consentTimeout))
                .whenCompleteAsync((allowed, error) -> decided(allowed), worker);
    }

    private void decided(Boolean allowed) {
        try {
            if (Boolean.TRUE.equals(allowed)) {
                grant();
            } else {
                boolean timedOut = allowed == null;
                record(timedOut ? LogEventTypes.CONSENT_TIMED_OUT : LogEventTypes.CONSENT_DENIED, Map.of("for", "control"));
                sender.accept(new ControlMessage.ControlDenied(timedOut
                        ? "The customer did not answer." : "The customer said no."));
            }
        } finally {
            asking.set(false);
        }
    }

    private void grant() {
        try {
            gate.grant(); // beforeGrant records it first
        } catch (RuntimeException e) {
            LOG.warn("Control not granted: {}", e.getMessage());
            sender.accept(new ControlMessage.ControlDenied("The customer's computer could not record the decision."));
            return;
        }
        sender.accept(new ControlMessage.ControlGranted());
        listener.controlChanged(true, technicianName() + " is controlling your computer");
    }

    /** Input from the technician: the gate decides; true when it was injected. */
    boolean offer(InputEvent event) {
        return gate.offer(event);
    }

    /** The technician gave control back. */
    void released() {
        if (gate.isGranted()) {
            gate.revoke("The technician gave control back.");
        }
    }

    /** The customer (or the end of sharing) stops control; the technician is told why. */
    public void stop(String reason) {
        if (gate.isGranted()) {
            gate.revoke(reason);
            sender.accept(new ControlMessage.ControlRevoked(reason));
        }
    }

    /** The session ended or the connection dropped: control ends without a word to anyone. */
    void ended() {
        if (gate.isGranted()) {
            gate.revoke("The session ended.");
        }
    }

    @Override
    public void beforeGrant() {
        if (!record(LogEventTypes.CONSENT_GRANTED, Map.of("for", "control"))
                || !record(LogEventTypes.CONTROL_STARTED, Map.of())) {
            throw new IllegalStateException("could not record the grant");
        }
    }

    @Override
    public void beforeRevoke(String reason) {
        record(LogEventTypes.CONTROL_STOPPED, Map.of("reason", reason));
        listener.controlChanged(false, reason);
    }

    @Override
    public void beforePause(String reason) {
        record(LogEventTypes.CONTROL_PAUSED, Map.of("reason", reason));
        sender.accept(new ControlMessage.ControlPaused(reason));
    }

    @Override
    public void resumed() {
        sender.accept(new ControlMessage.ControlResumed());
    }

    private String technicianName() {
        return technician instanceof IdentityVerdict.Verified verified ? verified.technicianName() : "The technician";
    }

    private boolean record(String type, Map<String, ?> details) {
        try {
            journal.record(CUSTOMER, type, details);
            return true;
        } catch (IOException e) {
            LOG.error("Could not record {}: {}", type, e.getMessage());
            return false;
        }
    }
}
