package org.tandem.shared.message;

import com.fasterxml.jackson.annotation.JsonTypeName;

import static org.tandem.shared.message.ControlText.boundedText;

/**
 * Remote control of the customer's mouse and keyboard: asked for (and the asking withdrawn), granted or
 * denied, paused and resumed, taken back or given back.
 *
 * <p>Read these records as members of {@link ControlMessage} ({@code ControlMessage.ControlRequest} and so on):
 * it extends this interface only to give them that name, and permits and registers them as its messages.
 */
interface RemoteControlMessages {

    /** The technician asks to use the customer's mouse and keyboard; the customer is asked. */
    @JsonTypeName("control-request")
    record ControlRequest() implements ControlMessage {}

    /**
     * The technician no longer asks for control: the customer's side closes the question if it is still
     * open or waiting, and answers {@link ControlDenied} with {@code withdrawn} set; a question it answered
     * already keeps that answer, and the withdrawal is then ignored (decision 0027).
     */
    @JsonTypeName("control-request-withdrawn")
    record ControlRequestWithdrawn() implements ControlMessage {}

    /** The customer allowed control; input events are injected from now on. */
    @JsonTypeName("control-granted")
    record ControlGranted() implements ControlMessage {}

    /**
     * Control was not given. Neither flag: the customer pressed No. {@code unanswered}: no answer of the
     * customer's decided it: nobody answered in time ({@code reason} exactly {@link #NOBODY_ANSWERED}), or
     * the customer's side closed the question for them or could not put it (sharing stopped, the session
     * ended, the customer's yes came after sharing stopped), {@code reason} saying why (decision 0027,
     * fourth addendum). {@code withdrawn}: the question was closed because the technician withdrew the
     * request. {@code reason} is shown to the technician unless it was withdrawn.
     */
    @JsonTypeName("control-denied")
    record ControlDenied(String reason, boolean unanswered, boolean withdrawn) implements ControlMessage {
        /** The reason of an {@code unanswered} denial when nobody answered in time, and only then. */
        public static final String NOBODY_ANSWERED = "The customer did not answer.";

        public ControlDenied {
            reason = boundedText(reason, 500);
            if (unanswered && withdrawn) {
                throw new IllegalArgumentException("A question is either unanswered or withdrawn, not both");
            }
        }

        /** Denied by the customer's No ({@code reason}: "The customer said no."). */
        public ControlDenied(String reason) {
            this(reason, false, false);
        }

        /** Denied by the customer ({@code unanswered} false), or with no answer of theirs deciding it (true). */
        public ControlDenied(String reason, boolean unanswered) {
            this(reason, unanswered, false);
        }

        /** Nobody answered in time. */
        public static ControlDenied nobodyAnswered() {
            return new ControlDenied(NOBODY_ANSWERED, true);
        }

        /**
         * Not the customer's no: their side closed the question before they answered, or could not put it, or
         * could not use their yes; {@code why} in plain words ("Sharing stopped before the customer answered.").
         */
        public static ControlDenied notAnswered(String why) {
            return new ControlDenied(why, true);
        }

        /** Whether nobody answered in time, rather than the customer's side closing the question for them. */
        public boolean timedOut() {
            return unanswered && NOBODY_ANSWERED.equals(reason);
        }

        /** The answer to a request the technician withdrew while the customer was still being asked. */
        public static ControlDenied toWithdrawal(String reason) {
            return new ControlDenied(reason, false, true);
        }
    }

    /**
     * Control ended on the customer's side, and who ended it: {@code by} {@link #CUSTOMER} when the
     * customer took it back (Stop control, or its hotkey), {@link #SYSTEM} when their side ended it because
     * sharing stopped or the connection was lost; {@code reason} says why (protocol 12, decision 0031).
     */
    @JsonTypeName("control-revoked")
    record ControlRevoked(String reason, String by) implements ControlMessage {
        /** The customer took control back. */
        public static final String CUSTOMER = "customer";
        /** The customer's side ended control because something else ended. */
        public static final String SYSTEM = "system";

        public ControlRevoked {
            reason = boundedText(reason, 500);
            if (!CUSTOMER.equals(by) && !SYSTEM.equals(by)) {
                throw new IllegalArgumentException("Control is taken back by the customer or the system, not " + by);
            }
        }

        /** The customer took control back. */
        public static ControlRevoked byCustomer(String reason) {
            return new ControlRevoked(reason, CUSTOMER);
        }

        /** The customer's side ended control because sharing stopped or the connection was lost. */
        public static ControlRevoked byTandem(String reason) {
            return new ControlRevoked(reason, SYSTEM);
        }
    }

    /** The technician gives control back; asking again needs the customer's consent again. */
    @JsonTypeName("control-released")
    record ControlReleased() implements ControlMessage {}

    /**
     * Remote input is set aside for a while; control is still granted. {@code by} says which pause it is,
     * and who made it: {@link #CUSTOMER} when the customer is using their own mouse (remote input waits
     * until it has been still for a moment, then {@link ControlResumed} comes by itself), {@link #SYSTEM}
     * when the technician's input would have reached one of Tandem's own windows (nothing was injected
     * there; the technician's pointer still goes through, and their next click outside Tandem's windows
     * ends the pause and lands). The two may follow one another: the customer's mouse during Tandem's
     * pause makes it theirs (protocol 13, decision 0035).
     */
    @JsonTypeName("control-paused")
    record ControlPaused(String reason, String by) implements ControlMessage {
        /** The customer is using their own mouse. */
        public static final String CUSTOMER = "customer";
        /** A Tandem window is in the way of the technician's input. */
        public static final String SYSTEM = "system";

        public ControlPaused {
            reason = boundedText(reason, 500);
            if (!CUSTOMER.equals(by) && !SYSTEM.equals(by)) {
                throw new IllegalArgumentException("Control is paused by the customer or the system, not " + by);
            }
        }

        /** The customer is using their own mouse. */
        public static ControlPaused byCustomer(String reason) {
            return new ControlPaused(reason, CUSTOMER);
        }

        /** The technician's input would have reached one of Tandem's own windows. */
        public static ControlPaused byTandem(String reason) {
            return new ControlPaused(reason, SYSTEM);
        }
    }

    /**
     * Remote input is injected again after a pause: the customer's mouse has been still for a moment, or
     * the technician clicked outside Tandem's windows; the console knows which from the pause it ends.
     */
    @JsonTypeName("control-resumed")
    record ControlResumed() implements ControlMessage {}
}
