package org.tandem.customer.consent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.log.SessionJournal;

/**
 * The one place that asks the customer anything, for one session. Questions are shown one at a
 * time, in the order asked; the rest wait and the prompt says how many. Each question is recorded
 * when it is put to the customer, and its answer is recorded <em>before</em> the asker hears it, so
 * nothing takes effect unrecorded; an answer that cannot be recorded is a no. While a question is
 * open, remote input is held ({@link InputHold}), so the technician can never answer for the
 * customer.
 *
 * <p>A question is bound to its session and to the state it was asked in: {@link #settleAll} (the
 * session ends, the customer stops sharing, the connection drops) answers every open and waiting
 * question "no"; a question whose state no longer holds when Allow arrives is answered no; and a
 * late answer to a settled question does nothing. After {@link #close()} every new question is
 * answered no at once. A no the broker gives for the customer is never the customer's No: the
 * asker's future fails with {@link QuestionSettledException}, which says why.
 *
 * <p>Thread-safe: every change happens under the broker's lock, answers from the prompt are taken
 * on the injected executor (never the UI thread, as recording forces the disk).
 */
public final class ConsentBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsentBroker.class);
    private static final String CUSTOMER = "customer";
    private static final String SYSTEM = "system";
    /** Why a question the session's end closed was answered no, in the journal. */
    public static final String SESSION_ENDED = "The session ended before the customer answered.";
    /**
     * Why a question the customer's pausing of sharing closed was answered no, in the journal: they did not
     * answer it, and the journal says so rather than that it "was answered no" (decision 0031).
     */
    public static final String SHARING_PAUSED = "You paused sharing your screen before you answered.";
    /** Why a question the lost connection closed was answered no, in the journal. */
    public static final String CONNECTION_LOST = "The connection to your technician was lost before you answered.";
    private static final String STATE_CHANGED = "Things changed while the question was open, so the answer was not used.";
    private static final String ASKER_GONE = "The request ended before the customer answered.";

    /** Holds remote input while a question is open. */
    @FunctionalInterface
    public interface InputHold {
        /** Suspends remote input until the returned handle is closed. */
        AutoCloseable hold();
    }

    /** Hears how many questions wait behind the open one (0 when none), for the customer's window. */
    @FunctionalInterface
    public interface Listener {
        void waitingChanged(int waiting);
    }

    private final SessionJournal journal;
    private final ConsentPrompt prompt;
    private final InputHold inputHold;
    private final Executor worker;
    private final Listener listener;
    private final Object lock = new Object();
    private final Deque<Question> waiting = new ArrayDeque<>();
    private Question open;
    private boolean closed;

    public ConsentBroker(SessionJournal journal, ConsentPrompt prompt, InputHold inputHold, Executor worker,
            Listener listener) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.inputHold = Objects.requireNonNull(inputHold, "inputHold");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Asks, with no condition beyond the session itself. */
    public CompletableFuture<Answer> ask(ConsentRequest request) {
        return ask(request, () -> true);
    }

    /**
     * Puts a question to the customer, after those already asked. The future completes once the
     * answer is recorded: {@link Answer#GRANTED} only for an Allow that was recorded while
     * {@code stillApplies} held; {@link Answer#TIMED_OUT} when nobody answered in time;
     * {@link Answer#DENIED} only for the customer's No. Every other end is a no as well, and the
     * future fails: with {@link QuestionSettledException} when the broker answered for the customer
     * (an Allow whose state no longer held, recorded as {@code system}'s no; {@link #settleAll}, {@link #settle},
     * {@link #close}), with
     * {@link ConsentUnavailableException} when the question could not be shown or recorded, or its
     * answer not recorded. Cancelling the future closes the question (recorded as {@code system}'s no,
     * "The request ended before the customer answered."; {@link #withdraw} and {@link #settle} say more).
     */
    public CompletableFuture<Answer> ask(ConsentRequest request, BooleanSupplier stillApplies) {
        return ask(request, stillApplies, () -> { });
    }

    /**
     * As {@link #ask(ConsentRequest, BooleanSupplier)}; {@code shown} runs on the worker once the question's
     * prompt is open (after its {@code consent.asked} is recorded), never for a question closed unseen.
     */
    public CompletableFuture<Answer> ask(ConsentRequest request, BooleanSupplier stillApplies, Runnable shown) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(stillApplies, "stillApplies");
        Objects.requireNonNull(shown, "shown");
        Question question = new Question(request, stillApplies, shown);
        question.result.whenComplete((answer, error) -> {
            if (question.result.isCancelled()) {
                // Neither the customer's no nor a withdrawal (that is withdraw's); an asker that knows why says so
                // through settle.
                settle(question, Answer.DENIED, SYSTEM, ASKER_GONE, null); // the asker, who cancelled, hears nothing more
            }
        });
        synchronized (lock) {
            if (closed) {
                question.settled = true;
                question.result.completeExceptionally(new QuestionSettledException(SettledBecause.SESSION_ENDED,
                        SESSION_ENDED));
                return question.result;
            }
            waiting.addLast(question);
            showNext();
            tellWaiting();
        }
        return question.result;
    }

    /**
     * Answers the open question and every waiting one "no" for the customer, recording {@code reason},
     * in the customer's words, as why: the session ended, the customer stopped sharing, the connection
     * dropped ({@code because}). New questions are still taken.
     */
    public void settleAll(SettledBecause because, String reason) {
        Objects.requireNonNull(because, "because");
        synchronized (lock) {
            // The waiting ones first: settling the open one would otherwise show the next.
            while (!waiting.isEmpty()) {
                Question next = waiting.pollFirst();
                record(next.request.askedEvent(), SYSTEM);
                decide(next, Answer.DENIED, SYSTEM, reason, because);
            }
            Question current = open;
            if (current != null) {
                settle(current, Answer.DENIED, SYSTEM, reason, because);
            }
            tellWaiting();
        }
    }

    /**
     * Whoever asked no longer asks (the technician withdrew a request): the question {@code asked}
     * returned is closed before the customer answered it, open (its prompt goes) or still waiting (it
     * is never shown), and recorded as withdrawn by {@code actor}, with {@code reason}; its future then
     * completes with {@link Answer#WITHDRAWN}. An Allow or Deny that comes later does nothing.
     *
     * @return false when the question was answered or settled already (or is not one of this broker's):
     *     nothing changed, and the answer it had stands
     */
    public boolean withdraw(CompletableFuture<Answer> asked, String actor, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        return closeUnanswered(asked, Answer.WITHDRAWN, actor, reason, null);
    }

    /**
     * Whoever asked no longer asks, for a reason that is neither the customer's nor a withdrawal (the
     * session ended, as the asker learned first): the question {@code asked} returned, open or waiting, is
     * answered no for the customer, recorded by {@code system} with {@code reason}, and its future fails
     * with {@link QuestionSettledException} ({@code because}). An Allow or Deny that comes later does
     * nothing.
     *
     * @return false when the question was answered or settled already (or is not one of this broker's):
     *     nothing changed, and the answer it had stands
     */
    public boolean settle(CompletableFuture<Answer> asked, SettledBecause because, String reason) {
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(reason, "reason");
        return closeUnanswered(asked, Answer.DENIED, SYSTEM, reason, because);
    }

    /** Closes a question not yet answered, open or still waiting; false when it had its answer already. */
    private boolean closeUnanswered(CompletableFuture<Answer> asked, Answer answer, String actor, String reason,
            SettledBecause because) {
        synchronized (lock) {
            Question question = find(asked);
            if (question == null || question.settled) {
                return false;
            }
            if (question != open) {
                record(question.request.askedEvent(), SYSTEM); // never shown: put on record as asked, as settleAll does
            }
            settle(question, answer, actor, reason, because);
            return true;
        }
    }

    /** The session is over: every question is answered no, and new ones are answered no at once. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        settleAll(SettledBecause.SESSION_ENDED, SESSION_ENDED);
    }

    /**
     * The customer gave a permission by their own hand (pressed Share screen again): recorded as
     * granted by the customer; true when recorded, and only then may it take effect.
     */
    public boolean customerGave(String purpose, String how) {
        synchronized (lock) {
            return !closed && record(new JournalEvent.ConsentDecided(Answer.GRANTED, purpose, "", how), CUSTOMER);
        }
    }

    /**
     * The customer took a permission back (Stop sharing): recorded as revoked before the caller
     * stops. It takes effect even when it cannot be recorded: taking back is never refused.
     */
    public void customerWithdrew(String purpose, String reason) {
        customerWithdrew(purpose, "", reason);
    }

    /**
     * As {@link #customerWithdrew(String, String)}, for the permission given to one request ({@code subject},
     * an action's id): the customer stopped the action they allowed, while it ran (decision 0043).
     */
    public void customerWithdrew(String purpose, String subject, String reason) {
        synchronized (lock) {
            record(new JournalEvent.ConsentDecided(Answer.REVOKED, purpose, subject, reason), CUSTOMER);
        }
    }

    /** Whether a question is open or waiting. */
    public boolean isAsking() {
        synchronized (lock) {
            return open != null || !waiting.isEmpty();
        }
    }

    /** How many questions wait behind the open one. */
    public int waitingCount() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    /** The open or waiting question whose future is {@code asked}; null for none. Under the lock. */
    private Question find(CompletableFuture<Answer> asked) {
        return open != null && open.result == asked ? open
                : waiting.stream().filter(next -> next.result == asked).findFirst().orElse(null);
    }

    private void showNext() {
        if (open != null || waiting.isEmpty()) {
            return;
        }
        Question next = waiting.pollFirst();
        ConsentRequest request = next.request;
        if (!record(request.askedEvent(), SYSTEM)) {
            next.settled = true;
            next.result.completeExceptionally(new ConsentUnavailableException(ConsentUnavailableException.NOT_ASKED));
            showNext();
            return;
        }
        open = next;
        next.hold = holdInput();
        CompletableFuture<Boolean> shown;
        try {
            shown = prompt.ask(request);
        } catch (RuntimeException e) {
            LOG.warn("The consent prompt could not be shown", e);
            shown = null;
        }
        if (shown == null) {
            next.failure = ConsentUnavailableException.NOT_SHOWN;
            settle(next, Answer.DENIED, SYSTEM, "The question could not be shown.", null);
            return;
        }
        next.shown = shown;
        // Told as shown before its answer is settled, whatever the worker: the technician hears of the
        // question before the answer's effect (an action starting), even from a prompt answered at once.
        CompletableFuture<Void> told = CompletableFuture.runAsync(next.whenShown, worker);
        shown.completeOnTimeout(null, request.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((allowed, error) -> told.whenCompleteAsync((done, failed) -> {
                    if (error != null) {
                        next.failure = ConsentUnavailableException.NOT_SHOWN;
                        settle(next, Answer.DENIED, SYSTEM, "The question could not be shown.", null);
                    } else if (allowed == null) {
                        settle(next, Answer.TIMED_OUT, SYSTEM, "", null);
                    } else {
                        settle(next, allowed ? Answer.GRANTED : Answer.DENIED, CUSTOMER, "", null);
                    }
                }, worker));
    }

    /**
     * Settles one question once; a second answer (late Allow, timeout after an answer) does nothing.
     * {@code because} is set for a no the broker gives for the customer, null for every other end.
     */
    private void settle(Question question, Answer answer, String actor, String reason, SettledBecause because) {
        synchronized (lock) {
            if (question.settled) {
                return;
            }
            Answer recorded = answer;
            String decidedBy = actor;
            String why = reason;
            SettledBecause settledFor = because;
            if (answer == Answer.GRANTED && !question.stillApplies.getAsBoolean()) {
                // The customer said yes; the no is Tandem's, and the journal says so.
                recorded = Answer.DENIED;
                decidedBy = SYSTEM;
                why = STATE_CHANGED;
                settledFor = SettledBecause.STATE_CHANGED;
            }
            waiting.remove(question);
            decide(question, recorded, decidedBy, why, settledFor);
            if (open == question) {
                open = null;
                showNext();
            }
            tellWaiting();
        }
    }

    private void decide(Question question, Answer answer, String actor, String reason, SettledBecause because) {
        question.settled = true;
        ConsentRequest request = question.request;
        boolean written = record(request.decidedEvent(answer, reason), actor);
        closeQuietly(question.hold);
        CompletableFuture<Boolean> shown = question.shown;
        if (shown != null) {
            shown.complete(null); // closes the prompt if it is still up
        }
        if (!written) {
            question.result.completeExceptionally(new ConsentUnavailableException(ConsentUnavailableException.NOT_RECORDED));
        } else if (question.failure != null) {
            question.result.completeExceptionally(new ConsentUnavailableException(question.failure));
        } else if (because != null) {
            question.result.completeExceptionally(new QuestionSettledException(because, reason));
        } else {
            question.result.complete(answer);
        }
    }

    private AutoCloseable holdInput() {
        try {
            return inputHold.hold();
        } catch (RuntimeException e) {
            LOG.warn("Remote input could not be held", e);
            return () -> { };
        }
    }

    private boolean record(JournalEvent event, String actor) {
        try {
            journal.record(actor, event);
            return true;
        } catch (JournalException e) {
            LOG.warn("Not recorded, so treated as no: {} ({})", event.type(), e.getMessage());
            return false;
        }
    }

    private void tellWaiting() {
        int count = waiting.size();
        try {
            prompt.waitingChanged(count);
            listener.waitingChanged(count);
        } catch (RuntimeException e) {
            LOG.warn("A consent listener failed", e);
        }
    }

    private static void closeQuietly(AutoCloseable hold) {
        if (hold == null) {
            return;
        }
        try {
            hold.close();
        } catch (Exception e) {
            LOG.warn("Releasing the input hold failed", e);
        }
    }
}
