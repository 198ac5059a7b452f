package org.tandem.customer.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.customer.consent.ConsentPrompt;
import org.tandem.customer.consent.ConsentRequest;

/** Shows consent prompts on the FX thread, owned by the customer's main window. */
final class FxConsentPrompt implements ConsentPrompt {
    private final Supplier<Window> owner;
    private final Consumer<ConsentRequest> shown;
    private final Consumer<ConsentRequest> closed;
    private ConsentDialog showing;
    private int waiting;

    FxConsentPrompt(Supplier<Window> owner) {
        this(owner, request -> { }, request -> { });
    }

    /**
     * {@code shown} hears of each question as it is shown, {@code closed} once it is answered (or
     * timed out, or withdrawn); both on the FX thread.
     */
    FxConsentPrompt(Supplier<Window> owner, Consumer<ConsentRequest> shown, Consumer<ConsentRequest> closed) {
        this.owner = owner;
        this.shown = shown;
        this.closed = closed;
    }

    @Override
    public CompletableFuture<Boolean> ask(ConsentRequest request) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            shown.accept(request);
            ConsentDialog dialog = new ConsentDialog(ownerInSight(), request, answer);
            showing = dialog;
            dialog.waiting(waiting);
            dialog.show();
            answer.whenComplete((result, error) -> Platform.runLater(() -> {
                if (showing == dialog) {
                    showing = null;
                }
                closed.accept(request);
            }));
        });
        return answer;
    }

    /**
     * The customer's window, or none while it is minimised (put away for control, decision 0041, or by
     * the customer): a window manager shows a window's question only with the window itself, so metacity
     * brought the whole window back for it, and once the question was answered the window had the
     * keyboard and stood in the technician's way again. A question of its own stands alone, on top.
     */
    private Window ownerInSight() {
        Window window = owner.get();
        return window instanceof Stage stage && stage.isIconified() ? null : window;
    }

    @Override
    public void waitingChanged(int more) {
        Platform.runLater(() -> {
            waiting = more;
            if (showing != null) {
                showing.waiting(more);
            }
        });
    }
}
