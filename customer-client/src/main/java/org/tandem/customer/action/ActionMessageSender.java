package org.tandem.customer.action;

import java.util.Objects;
import java.util.function.Consumer;
import org.tandem.shared.action.ActionProgress;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.message.ControlMessage;

/** Tells the technician what happens to their requests, as control messages. */
public final class ActionMessageSender implements ActionListener {
    private final Consumer<? super ControlMessage> send;

    public ActionMessageSender(Consumer<? super ControlMessage> send) {
        this.send = Objects.requireNonNull(send, "send");
    }

    @Override
    public void consentAsked(String requestId, String promptText) {
        send.accept(new ControlMessage.ActionConsentAsked(requestId, promptText));
    }

    @Override
    public void started(String requestId, boolean cancellable) {
        send.accept(new ControlMessage.ActionStarted(requestId));
    }

    @Override
    public void progressed(ActionProgress progress) {
        send.accept(new ControlMessage.ActionProgressed(progress));
    }

    @Override
    public void finished(ActionResult result) {
        send.accept(new ControlMessage.ActionFinished(result));
    }
}
