package org.tandem.shared.message;

import com.fasterxml.jackson.annotation.JsonTypeName;

import static org.tandem.shared.message.ControlText.boundedText;

/**
 * Remote control of the customer's mouse and keyboard: asked for, granted or denied, paused and
 * resumed, taken back or given back.
 *
 * <p>Read these records as members of {@link ControlMessage} ({@code ControlMessage.ControlRequest} and so on):
 * it extends this interface only to give them that name, and permits and registers them as its messages.
 */
interface RemoteControlMessages {

    /** The technician asks to use the customer's mouse and keyboard; the customer is asked. */
    @JsonTypeName("control-request")
    record ControlRequest() implements ControlMessage {}

    /** The customer allowed control; input events are injected from now on. */
    @JsonTypeName("control-granted")
    record ControlGranted() implements ControlMessage {}

    /** The customer declined control, or did not answer in time; {@code reason} is shown to the technician. */
    @JsonTypeName("control-denied")
    record ControlDenied(String reason, boolean unanswered) implements ControlMessage {
        public ControlDenied {
            reason = boundedText(reason, 500);
        }

        /** Denied by the customer or by the state of the session, not for want of an answer. */
        public ControlDenied(String reason) {
            this(reason, false);
        }
    }

    /** Control ended on the customer's side: the customer stopped it, or it ended with the share or session. */
    @JsonTypeName("control-revoked")
    record ControlRevoked(String reason) implements ControlMessage {
        public ControlRevoked {
            reason = boundedText(reason, 500);
        }
    }

    /** The technician gives control back; asking again needs the customer's consent again. */
    @JsonTypeName("control-released")
    record ControlReleased() implements ControlMessage {}

    /**
     * Remote input is set aside for a moment, for example because the customer is using their own
     * mouse or a consent prompt is open; control is still granted.
     */
    @JsonTypeName("control-paused")
    record ControlPaused(String reason) implements ControlMessage {
        public ControlPaused {
            reason = boundedText(reason, 500);
        }
    }

    /** Remote input is injected again after a pause. */
    @JsonTypeName("control-resumed")
    record ControlResumed() implements ControlMessage {}
}
