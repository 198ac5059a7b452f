package org.tandem.customer.action;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.action.CancellationToken.Reason;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionText;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.ControlMessage;

/**
 * Carries out the technician's action requests on the customer's computer, one session's worth.
 *
 * <p>For each request, on the engine's own threads and never the caller's, taken in turn in the order
 * they came, so that the customer is asked in the order the technician asked: find the action (an
 * unknown or unavailable one ends {@link Outcome#UNAVAILABLE}); let it check the parameters and name
 * the exact target (a bad one ends {@link Outcome#FAILED} before anyone is asked); record the
 * request; for scans and changes ask the customer ({@link ConsentStep}) and record the answer (no →
 * {@code DENIED}, no answer → {@code TIMED_OUT}, and nothing runs); record the start; run it with a
 * deadline, on a worker of its own; record and report the result. Every record is written before the step it describes takes effect, and a
 * step whose record cannot be written does not happen.
 *
 * <p>Progress is passed on a few times a second at most. A cancel (by the technician, the
 * customer, the deadline or the end of the session) stops a running action; an action that does not
 * stop within a grace period is reported as stopped anyway and its late result dropped. Before the
 * customer answers, only the technician's cancel withdraws the question ({@link ActionConsent#withdraw});
 * any other end makes it a no.
 */
public final class ActionEngine implements AutoCloseable {
    /** How long the customer has to answer, as for every other consent (ARCHITECTURE.md, section 4). */
    public static final Duration DEFAULT_CONSENT_TIMEOUT = Duration.ofSeconds(60);
    /** Requests under way at once; more are refused until one ends. */
    public static final int MAX_ACTIVE = 8;
    /** Requests in one session; each request id may be used once. */
    public static final int MAX_REQUESTS = 10_000;
    static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(10);
    static final String NOT_ACCEPTED = "The customer has not started the session yet, so nothing was done.";
    static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final Logger LOG = LoggerFactory.getLogger(ActionEngine.class);
    /** Tandem: it runs what was asked for and allowed, and reports how it ended (decision 0033). */
    private static final String SYSTEM = "system";

    private final ActionCatalog catalog;
    private final SessionJournal journal;
    /** Who asks for actions, as the journal names them. */
    private final String asker;
    private final ActionListener listener;
    private final ConsentStep questions;
    private final RequestStops stops;
    private final RequestReports reports;
    private final Duration stopGrace;
    /** Takes the requests one at a time, in the order they came, up to asking the customer. */
    private final ExecutorService intake;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Map<String, PendingRequest> active = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private volatile boolean accepted = true;

    /** An engine that gives the customer {@link #DEFAULT_CONSENT_TIMEOUT} to answer. */
    public ActionEngine(ActionCatalog catalog, ActionConsent consent, SessionJournal journal, ActionListener listener) {
        this(catalog, consent, journal, listener, DEFAULT_CONSENT_TIMEOUT);
    }

    public ActionEngine(ActionCatalog catalog, ActionConsent consent, SessionJournal journal, ActionListener listener,
            Duration consentTimeout) {
        this(catalog, consent, journal, listener, consentTimeout, DEFAULT_STOP_GRACE);
    }

    ActionEngine(ActionCatalog catalog, ActionConsent consent, SessionJournal journal, ActionListener listener,
            Duration consentTimeout, Duration stopGrace) {
        this(catalog, consent, journal, listener, consentTimeout, stopGrace,
                Executors.newCachedThreadPool(new DaemonThreads("tandem-action-")));
    }

    /** {@code workers}: where actions run, in whatever order the pool takes them (tests hold them back). */
    ActionEngine(ActionCatalog catalog, ActionConsent consent, SessionJournal journal, ActionListener listener,
            Duration consentTimeout, Duration stopGrace, ExecutorService workers) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.questions = new ConsentStep(consent, consentTimeout, this::continueOnWorker);
        this.asker = Objects.requireNonNull(consent.asker(), "asker");
        this.stops = new RequestStops(questions, this::record, asker);
        this.reports = new RequestReports(this::record, asker, listener, active);
        this.stopGrace = Objects.requireNonNull(stopGrace, "stopGrace");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.intake = Executors.newSingleThreadExecutor(new DaemonThreads("tandem-action-intake-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("tandem-action-timer-"));
    }

    /**
     * Refuses every request until {@link #sessionAccepted()}: nothing runs, not even a look, before
     * the customer has started the session. Returns this engine.
     */
    public ActionEngine untilSessionAccepted() {
        accepted = false;
        return this;
    }

    /** The customer started the session: requests are taken from now on. */
    public void sessionAccepted() {
        accepted = true;
    }

    /** The catalog to send the technician after the hello. */
    public ControlMessage.ActionCatalog catalogMessage() {
        return catalog.toMessage();
    }

    /**
     * Takes {@link ControlMessage.ActionRequested} and {@link ControlMessage.ActionCancel} from the
     * technician; says whether the message was one of those.
     */
    public boolean handle(ControlMessage message) {
        if (message instanceof ControlMessage.ActionRequested requested) {
            request(requested.request());
            return true;
        }
        if (message instanceof ControlMessage.ActionCancel cancel) {
            cancel(cancel.requestId(), Reason.TECHNICIAN);
            return true;
        }
        return false;
    }

    /**
     * Takes one request and returns at once; the listener hears the rest. Returns false, and does
     * nothing else, when the engine is closed or the request id was used before in this session.
     */
    public boolean request(ActionRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed) {
            return false;
        }
        if (seen.size() >= MAX_REQUESTS && !seen.contains(request.requestId())) {
            return submit(new PendingRequest(request), run -> reports.refuse(run, null, "The action “" + request.actionId() + "”", Outcome.FAILED,
                    "This session has asked for too many actions; start a new session."));
        }
        if (!seen.add(request.requestId())) {
            LOG.warn("Ignored a second request with the id {}", request.requestId());
            return false;
        }
        PendingRequest run = new PendingRequest(request);
        if (active.size() >= MAX_ACTIVE) {
            return submit(run, r -> reports.refuse(r, null, "The action “" + request.actionId() + "”", Outcome.FAILED,
                    "Too many actions are under way; wait for one to finish."));
        }
        active.put(request.requestId(), run);
        return submit(run, this::prepare);
    }

    /**
     * Withdraws a request that waits for the customer's answer, or stops a running action that can
     * be cancelled. Returns false when there is no such request under way, or it cannot be stopped
     * now (an uninstall, once started, runs to its end).
     *
     * <p>The customer ({@link Reason#CUSTOMER}) stops only an action that runs: their answer to a
     * question is Deny. Their Stop takes back the permission they gave, recorded as revoked by them
     * (by whoever records the answers, {@link ActionConsent#customerStopped}) before the action is told
     * to stop (decision 0043); it stops even when that cannot be recorded, as taking back is never refused.
     * The technician's stop of a running action is recorded as theirs first, and stops it likewise (decision 0045);
     * so is their stop of one allowed and not yet started, where the engine acts on it (decision 0049).
     */
    public boolean cancel(String requestId, Reason by) {
        Objects.requireNonNull(by, "by");
        PendingRequest run = active.get(requestId);
        return run != null && stops.cancel(run, by);
    }

    /** Request ids under way: checked, waiting for the customer, or running. */
    public Set<String> activeRequests() {
        return Set.copyOf(active.keySet());
    }

    /**
     * Ends the engine with its session: open questions are closed as a no given for the customer (the
     * session ended; never as withdrawn) and cancellable actions stopped; an action that cannot be cancelled runs to its end. New requests are ignored.
     */
    @Override
    public void close() {
        closed = true;
        for (PendingRequest run : active.values()) {
            if (!run.running || run.cancellable) {
                run.token.cancel(Reason.SESSION_ENDED);
            }
        }
        intake.shutdown();
        workers.shutdown();
        timer.shutdown();
    }

    /** Waits for every run to end after {@link #close}; true when all did within the time. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        return intake.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)
                && workers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    // ---- the steps, each on an engine thread ----

    private void prepare(PendingRequest run) {
        ActionRequest request = run.request;
        Optional<Action> found = catalog.find(request.actionId());
        if (found.isEmpty()) {
            reports.refuse(run, null, "An unknown action “" + request.actionId() + "”", Outcome.UNAVAILABLE,
                    "This computer does not offer an action called “" + request.actionId() + "”.");
            return;
        }
        Action action = found.get();
        ActionDescriptor descriptor = action.descriptor();
        if (!descriptor.available()) {
            reports.refuse(run, descriptor, descriptor.title(), Outcome.UNAVAILABLE, descriptor.unavailableReason(),
                    catalog.notPossibleHere().getOrDefault(descriptor.id(), ""));
            return;
        }
        if (run.token.isCancelled()) {
            endBeforeAsked(run, action, descriptor.title());
            return;
        }
        Consent checked;
        try {
            checked = action.consentFor(request.parameters());
        } catch (RuntimeException e) {
            LOG.warn("Checking request {} for {} failed", request.requestId(), request.actionId(), e);
            checked = new Consent.Refuse(ActionText.clean("The request could not be checked: " + e.getMessage(), 500),
                    ActionOutcomeWords.NOT_CHECKED_TO_CUSTOMER);
        }
        if (run.token.isCancelled()) {
            // Stopped while it was checked: ended here, so the customer is never asked about it.
            endBeforeAsked(run, action, checked instanceof Consent.Ask checkedAsk ? checkedAsk.what() : descriptor.title());
            return;
        }
        if (checked instanceof Consent.Refuse refused) {
            reports.refuse(run, descriptor, descriptor.title(), Outcome.FAILED, refused.reason(), refused.toCustomer());
            return;
        }
        // Whether it can be stopped is the catalog's to say, so the question promises nothing else.
        Consent.Ask ask = StopPromise.added((Consent.Ask) checked, descriptor);
        run.what = ask.what();
        run.purpose = ask.purpose();
        if (!accepted) {
            reports.refuse(run, descriptor, ask.what(), Outcome.DENIED, NOT_ACCEPTED);
            return;
        }
        if (!record(asker, run.requestedEvent(descriptor))) {
            reports.finish(run, ActionResult.of(request.requestId(), Outcome.FAILED,
                    "This computer could not record the request, so nothing was done."));
            return;
        }
        RequestReports.tell(() -> listener.requested(request.requestId(), descriptor.risk(), ask.what()));
        if (descriptor.risk().needsConsent()) {
            // The technician hears of the question when the customer sees it, not while it waits behind another.
            questions.ask(run, action, ask, () -> RequestReports.tell(() -> listener.consentAsked(request.requestId(), ask.promptText())),
                    () -> start(run, action, ask), result -> {
                        if (run.allowed) {
                            stops.stoppedBeforeStart(run); // the yes crossed the technician's stop
                        }
                        reports.finish(run, result);
                    });
        } else {
            continueOnWorker(() -> start(run, action, ask));
        }
    }

    private void start(PendingRequest run, Action action, Consent.Ask ask) {
        String id = run.request.requestId();
        run.cancellable = action.descriptor().cancellable();
        run.running = true;
        Optional<Reason> early = run.token.reason();
        if (early.isPresent()) {
            stops.stoppedBeforeStart(run);
            reports.finish(run, ActionResult.of(id, ActionOutcomeWords.outcomeOf(early.get()),
                    ActionOutcomeWords.stoppedBeforeStart(early.get(), action)), ActionOutcomeWords.stoppedBeforeStartToCustomer(early.get()));
            return;
        }
        if (!record(SYSTEM, new JournalEvent.ActionStarted(id, run.what))) {
            reports.finish(run, ActionResult.of(id, Outcome.FAILED, "This computer could not record the start, so nothing was done."));
            return;
        }
        boolean cancellable = run.cancellable;
        RequestReports.tell(() -> listener.started(id, cancellable));
        ScheduledFuture<?> deadline;
        try {
            deadline = timer.schedule(() -> run.token.cancel(Reason.TIMED_OUT),
                    action.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            reports.finish(run, ActionResult.of(id, Outcome.CANCELLED, ActionOutcomeWords.stopped(Reason.SESSION_ENDED, action)));
            return;
        }
        CancellationToken.Registration giveUp = run.token.onCancel(() -> scheduleGiveUp(run, action));
        ActionReport report;
        String toCustomer = "";
        try {
            report = ask.run().run(new ThrottledProgress(run, listener), run.token);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report = ActionReport.failed("The action was interrupted.");
        } catch (RuntimeException e) {
            LOG.warn("Action {} ({}) failed", id, run.request.actionId(), e);
            report = ActionReport.failed("The action failed: " + (e.getMessage() == null ? e : e.getMessage()));
            toCustomer = ActionOutcomeWords.FAILED_TO_CUSTOMER;
        } finally {
            deadline.cancel(false);
            giveUp.close();
        }
        reports.finish(run, run.resultOf(action, report), toCustomer.isEmpty() ? run.toCustomer(report) : toCustomer);
    }

    /**
     * Ends {@code run}, stopped before the customer was asked about it (waiting in the intake, or while it was
     * checked): the technician's stop is on record before the result (decision 0051); the session's end is
     * told by the result alone, as before.
     */
    private void endBeforeAsked(PendingRequest run, Action action, String what) {
        ActionDescriptor descriptor = action.descriptor();
        Reason why = run.token.reason().orElseThrow();
        if (why != Reason.TECHNICIAN) {
            reports.refuse(run, descriptor, what, Outcome.CANCELLED, ActionOutcomeWords.stopped(why, action));
            return;
        }
        boolean asks = descriptor.risk().needsConsent();
        reports.refuse(run, descriptor, what, () -> stops.stoppedBeforeAsked(run, asks), Outcome.CANCELLED,
                ActionOutcomeWords.stoppedBeforeAsked(asks), ActionOutcomeWords.stoppedBeforeAskedToCustomer(asks));
    }

    private void scheduleGiveUp(PendingRequest run, Action action) {
        try {
            timer.schedule(() -> {
                Reason reason = run.token.reason().orElseThrow();
                String late = " It did not stop within " + Words.duration(stopGrace) + ", so Tandem stopped waiting for it.";
                String toCustomer = ActionOutcomeWords.stoppedToCustomer(reason);
                reports.finish(run, ActionResult.of(run.request.requestId(), ActionOutcomeWords.outcomeOf(reason),
                        ActionOutcomeWords.stopped(reason, action) + late), toCustomer.isEmpty() ? "" : toCustomer + late);
            }, stopGrace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Engine closed; not waiting for {} to stop", run.request.requestId());
        }
    }

    // ---- plumbing ----

    private boolean submit(PendingRequest run, java.util.function.Consumer<PendingRequest> step) {
        try {
            intake.execute(() -> step.accept(run));
            return true;
        } catch (RejectedExecutionException e) {
            active.remove(run.request.requestId(), run);
            return false;
        }
    }

    /** Runs a continuation on a worker, or right here once the engine is closed, so that none is lost. */
    private void continueOnWorker(Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }

    private boolean record(String actor, JournalEvent event) {
        try {
            journal.record(actor, event);
            return true;
        } catch (JournalException e) {
            LOG.warn("Could not record {}: {}", event.type(), e.getMessage());
            return false;
        }
    }
}
