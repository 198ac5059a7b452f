package org.tandem.customer.action;

import org.tandem.shared.log.JournalEvent.Answer;

import java.util.concurrent.CompletableFuture;

/**
 * Asks the customer whether to allow one scan or change. In the app this opens the consent prompt
 * with remote input suspended, so the technician cannot answer for the customer.
 */
@FunctionalInterface
public interface ActionConsent {

    /**
     * Puts the question to the customer and returns at once. The future completes with the answer
     * once it is recorded in the session's journal (in the app, by the consent broker, which also
     * answers {@link Answer#TIMED_OUT} when nobody answers); {@link Answer#DENIED} is the customer's
     * own No. A no given for the customer fails the future instead: with
     * {@link org.tandem.customer.consent.QuestionSettledException} when the question was closed before
     * they answered (they stopped sharing, the session ended), and the request is then
     * {@code CANCELLED}, not {@code DENIED}. When the request ends for another reason while the customer
     * is asked (the session ends, the engine closes), the engine {@linkplain #close closes} the question:
     * a no given for the customer.
     */
    CompletableFuture<Answer> ask(ActionConsentRequest request);

    /**
     * Who asks for the actions, as the journal names them: the technician ({@code technician:<name>}).
     * The request is recorded as theirs; what runs and how it ended, as Tandem's (decision 0033).
     */
    default String asker() {
        return "technician";
    }

    /**
     * As {@link #ask(ActionConsentRequest)}, and runs {@code shown} once the question is on the customer's
     * screen: at once when nothing else is being asked, after the questions before it otherwise, and
     * never for a question closed before it was shown. The technician is told of the question then, so
     * both logs put it at the moment the customer saw it. This default, for a prompt that shows every
     * question at once, runs {@code shown} first.
     */
    default CompletableFuture<Answer> ask(ActionConsentRequest request, Runnable shown) {
        shown.run();
        return ask(request);
    }

    /**
     * The technician withdrew the request ({@code action-cancel}) while {@code asked}, the future
     * {@link #ask} returned, had no answer: the question closes, recorded as withdrawn by the technician
     * before {@code asked} completes with {@link Answer#WITHDRAWN}. An answer recorded before it stands.
     * This default, for a prompt that cannot tell a withdrawal from any other end, cancels {@code asked}.
     *
     * @return false when the question had its answer already
     */
    default boolean withdraw(CompletableFuture<Answer> asked) {
        return asked.cancel(false);
    }

    /**
     * The request ended for {@code why}, not the technician's cancel (the session ended), while
     * {@code asked} had no answer: the question closes as a no given for the customer, recorded with
     * {@code why} in words (never as withdrawn). An answer recorded before it stands. This default, for a
     * prompt that cannot say why, cancels {@code asked}.
     *
     * @return false when the question had its answer already
     */
    default boolean close(CompletableFuture<Answer> asked, CancellationToken.Reason why) {
        return asked.cancel(false);
    }

    /**
     * The customer stopped the action they allowed for {@code requestId} while it ran: the permission they
     * gave ({@code purpose}, as the question recorded it) is recorded as taken back by them, with
     * {@code reason}, before the action is told to stop (decision 0043). The action stops whether or not it
     * could be recorded. This default, for a prompt without a journal, records nothing.
     */
    default void customerStopped(String requestId, String purpose, String reason) {
    }
}
