package org.tandem.customer.session;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.tandem.customer.action.ActionConsent;
import org.tandem.customer.action.ActionConsentRequest;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent.Answer;

/**
 * The session's questions about actions: each scan or change the technician asks for is put to the
 * customer through the session's {@link ConsentBroker}, naming the technician as far as this
 * computer could verify them. A question the technician withdraws (action-cancel) before the
 * customer answers is closed as withdrawn by the technician, as a request for control is
 * (decision 0027); one that ends for any other reason is a no given for the customer, saying why.
 */
final class ActionQuestions implements ActionConsent {
    private final ConsentBroker broker;
    private final IdentityVerdict technician;
    private final String technicianActor;

    /** {@code technicianActor}: the technician as the journal names them. */
    ActionQuestions(ConsentBroker broker, IdentityVerdict technician, String technicianActor) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.technician = Objects.requireNonNull(technician, "technician");
        this.technicianActor = Objects.requireNonNull(technicianActor, "technicianActor");
    }

    @Override
    public CompletableFuture<Answer> ask(ActionConsentRequest request) {
        return ask(request, () -> { });
    }

    @Override
    public CompletableFuture<Answer> ask(ActionConsentRequest request, Runnable shown) {
        return broker.ask(ConsentRequest.forAction(technician, request.timeout(), request.what(), request.effect(),
                request.requestId()), () -> true, shown);
    }

    @Override
    public String asker() {
        return technicianActor;
    }

    /** The customer stopped the action while it ran: the broker records their permission as taken back. */
    @Override
    public void customerStopped(String requestId, String purpose, String reason) {
        broker.customerWithdrew(purpose, requestId, reason);
    }

    /** Closes the question as the technician's withdrawal, in the words a withdrawn request for control has. */
    @Override
    public boolean withdraw(CompletableFuture<Answer> asked) {
        return broker.withdraw(asked, technicianActor, CustomerControl.WITHDRAWN);
    }

    /**
     * Closes the question as a no given for the customer: the session ended, in the words the broker's own
     * end of the session has. Any other end the engine has no words for here is the broker's plain cancel.
     */
    @Override
    public boolean close(CompletableFuture<Answer> asked, CancellationToken.Reason why) {
        return why == CancellationToken.Reason.SESSION_ENDED
                ? broker.settle(asked, SettledBecause.SESSION_ENDED, ConsentBroker.SESSION_ENDED)
                : asked.cancel(false);
    }
}
