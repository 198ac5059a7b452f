package org.tandem.customer.consent;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.tandem.shared.log.JournalEvent.Answer;

/**
 * One question put to the customer through the {@link ConsentBroker}, and what became of it: the
 * request, the state it was asked in, the asker's future, the prompt and the input hold while it is
 * open. It holds no lock of its own: the broker changes it under the broker's lock only.
 */
final class Question {
    final ConsentRequest request;
    final BooleanSupplier stillApplies;
    final CompletableFuture<Answer> result = new CompletableFuture<>();
    volatile CompletableFuture<Boolean> shown;
    AutoCloseable hold;
    boolean settled;
    String failure;

    final Runnable whenShown;

    Question(ConsentRequest request, BooleanSupplier stillApplies, Runnable whenShown) {
        this.request = request;
        this.stillApplies = stillApplies;
        this.whenShown = whenShown;
    }
}
