package org.tandem.shared.log;

import java.util.Map;

import static org.tandem.shared.log.JournalEvent.text;

/**
 * Sharing the customer's screen, and remote control of their mouse and keyboard.
 *
 * <p>Read these records as members of {@link JournalEvent} ({@code JournalEvent.ShareStarted} and so on):
 * it extends this interface only to give them that name, and permits them as its events.
 */
interface ScreenJournalEvents {

    /** The customer's screen is shared from now on, at this size. */
    record ShareStarted(int width, int height) implements JournalEvent {
        @Override public String type() {
            return LogEventTypes.SHARE_STARTED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("width", width, "height", height);
        }
    }

    /**
     * Sharing stopped; {@code by}: {@link #BY_CUSTOMER} when the customer paused it (Pause sharing: they may
     * share again), {@link #BY_SYSTEM} when Tandem stopped it because the screen could not be captured
     * (decision 0042). Consoles before that decision recorded a capture that failed by the customer too,
     * with {@link #NOT_CAPTURED} as the reason; {@link #paused()} reads both.
     */
    record ShareStopped(String by, String reason) implements JournalEvent {
        /** The customer pressed Pause sharing. */
        public static final String BY_CUSTOMER = "customer";
        /** Tandem stopped sharing: the customer's screen could not be captured. */
        public static final String BY_SYSTEM = "system";
        /** The reason both apps record, and the technician reads, when the customer pauses sharing. */
        public static final String PAUSED = "The customer paused sharing the screen.";
        /** The reason both apps record, and the technician reads, when the customer's screen cannot be captured. */
        public static final String NOT_CAPTURED = "The customer's screen could not be captured.";

        public ShareStopped {
            by = text(by);
            reason = text(reason);
        }

        /**
         * Whether the customer paused sharing (and may share again), rather than Tandem stopping it: by the
         * customer, and not the capture that failed which consoles before decision 0042 recorded by the
         * customer as well. Logs before it say "The customer stopped sharing the screen." for a pause.
         */
        public boolean paused() {
            return BY_CUSTOMER.equals(by) && !NOT_CAPTURED.equals(reason);
        }

        @Override public String type() {
            return LogEventTypes.SHARE_STOPPED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("by", by, "reason", reason);
        }
    }

    /**
     * Sharing moved to another of the customer's monitors without stopping: {@code monitor} 1..{@code of},
     * or 0 for all of them; {@code by}: customer or technician (who chose it); the new size in pixels.
     */
    record ShareSwitched(String by, int monitor, int of, int width, int height) implements JournalEvent {
        public ShareSwitched {
            by = text(by);
            if (of < 1 || monitor < 0 || monitor > of) {
                throw new IllegalArgumentException("Monitor " + monitor + " is not one of " + of);
            }
        }

        @Override public String type() {
            return LogEventTypes.SHARE_SWITCHED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("by", by, "monitor", monitor, "of", of, "width", width, "height", height);
        }
    }

    /** The technician asked for control of the mouse and keyboard. */
    record ControlRequested() implements JournalEvent {
        @Override public String type() {
            return LogEventTypes.CONTROL_REQUESTED;
        }

        @Override public Map<String, Object> details() {
            return Map.of();
        }
    }

    /** Remote input reaches the customer's computer from now on. */
    record ControlStarted() implements JournalEvent {
        @Override public String type() {
            return LogEventTypes.CONTROL_STARTED;
        }

        @Override public Map<String, Object> details() {
            return Map.of();
        }
    }

    /**
     * Remote control ended; {@code by} names who ended it: {@link #BY_CUSTOMER} (they took it back),
     * {@link #BY_TECHNICIAN} (they gave it back) or {@link #BY_SYSTEM} (Tandem ended it: sharing was paused,
     * the connection was lost, the session ended), the {@code reason} saying why. Logs written before
     * decision 0031 say {@code customer} on the customer's side for every end, and name the technician
     * as the log's actor ({@code technician:<name>}) on the console's.
     */
    record ControlStopped(String by, String reason) implements JournalEvent {
        /** The customer took control back (Stop control, or its hotkey). */
        public static final String BY_CUSTOMER = "customer";
        /** The technician gave control back. */
        public static final String BY_TECHNICIAN = "technician";
        /** Tandem ended control because something else ended: sharing, the connection, the session. */
        public static final String BY_SYSTEM = "system";
        /** The reason both apps record when the technician gives control back. */
        public static final String TECHNICIAN_GAVE_BACK = "The technician gave control back.";
        /** The reason the customer's client records when control ends with the session. */
        public static final String SESSION_ENDED = "The session ended.";
        /** The reason the customer's client records when control ends with the connection. */
        public static final String CONNECTION_LOST = "The connection to your technician was lost.";
        /**
         * The reason the customer's client records (and tells the console) when control ends because the
         * customer paused sharing (decision 0042).
         */
        public static final String SHARING_PAUSED = ShareStopped.PAUSED;
        /** The same reason as logs written before decision 0042 give it; read as {@link #SHARING_PAUSED}. */
        public static final String SHARING_STOPPED_BEFORE_0042 = "The customer stopped sharing the screen.";

        public ControlStopped {
            by = text(by);
            reason = text(reason);
        }

        @Override public String type() {
            return LogEventTypes.CONTROL_STOPPED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("by", by, "reason", reason);
        }
    }

    /**
     * Remote input is held for a while, control still granted: by the customer using their own mouse
     * (actor {@code customer}), or by Tandem because the technician's input would have reached one of its
     * own windows (actor {@code system}). Its end is {@link ControlResumed}, or {@link ControlStopped}.
     */
    record ControlPaused(String reason) implements JournalEvent {
        public ControlPaused {
            reason = text(reason);
        }

        @Override public String type() {
            return LogEventTypes.CONTROL_PAUSED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("reason", reason);
        }
    }

    /**
     * Remote input flows again after a {@link ControlPaused}: the customer's mouse was still for a moment
     * (actor {@code system}: Tandem resumed it), or the technician clicked outside Tandem's windows (the
     * technician's actor) (decision 0035).
     */
    record ControlResumed() implements JournalEvent {
        @Override public String type() {
            return LogEventTypes.CONTROL_RESUMED;
        }

        @Override public Map<String, Object> details() {
            return Details.of();
        }
    }
}
