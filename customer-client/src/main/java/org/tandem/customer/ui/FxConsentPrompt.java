package org.tandem.customer.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.tandem.customer.session.ConsentPrompt;
import org.tandem.customer.session.ConsentRequest;

/** Shows consent prompts on the FX thread, owned by the customer's main window. */
final class FxConsentPrompt implements ConsentPrompt {
    private final Supplier<Window> owner;

    FxConsentPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public CompletableFuture<Boolean> ask(ConsentRequest request) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> new ConsentDialog(owner.get(), request, answer).show());
        return answer;
    }
}
