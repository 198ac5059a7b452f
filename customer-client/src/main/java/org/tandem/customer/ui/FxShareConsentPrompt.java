package org.tandem.customer.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.tandem.customer.session.ShareConsentPrompt;
import org.tandem.shared.identity.IdentityVerdict;

/** Shows the share prompt on the FX thread, owned by the customer's main window. */
final class FxShareConsentPrompt implements ShareConsentPrompt {
    private final Supplier<Window> owner;

    FxShareConsentPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public CompletableFuture<Boolean> askToShareScreen(IdentityVerdict technician, Duration timeout) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> new ShareConsentDialog(owner.get(), technician, timeout, answer).show());
        return answer;
    }
}
