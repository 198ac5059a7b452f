package org.tandem.agent.session;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tandem.shared.log.ConsentPurposes;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ControlMessage.ScreenShareStarted;
import org.tandem.shared.message.ControlMessage.ScreenShareStopped;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;

/**
 * The customer's screen share as the console follows it: sharing starting (the first time, the
 * customer's yes to the session), the customer's monitors and which of them is shared, a switch the
 * technician asks for, and sharing stopping. Each step is recorded and moves the session between
 * connected and viewing; the pixels themselves go to the {@link ScreenFeed}. The session calls it
 * under its own lock; it takes none.
 */
final class CustomerShare {
    private static final String CUSTOMER = "customer";
    /** After the customer's words for a pause, on the status line: what the pause means for the technician. */
    static final String UNTIL_SHARED_AGAIN = "You see nothing until they share it again.";

    private final String actor;
    private final BiConsumer<String, JournalEvent> record;
    private final Consumer<SessionMessage> send;
    private final AgentSessionListener listener;
    private final ScreenFeed screen;
    private final ControlHandshake control;
    private final Supplier<AgentState> state;
    private final BiConsumer<AgentState, String> moveTo;
    private volatile boolean sessionAccepted;
    /** The customer's monitors as last told, or null before; and the monitor the technician asked for, 0..n, or -1. */
    private ControlMessage.ScreenMonitors monitors;
    private int switchAsked = -1;
    /** Sharing stopped, and the control line gives that as why it is view only. */
    private boolean stopGivenAsReason;

    /**
     * @param record records an event as the given actor
     * @param send sends a message to the customer, quietly (the channel reports its end)
     * @param control ends when sharing stops
     * @param state where the session stands now
     * @param moveTo moves the session on and tells the view why
     */
    CustomerShare(String actor, BiConsumer<String, JournalEvent> record, Consumer<SessionMessage> send,
            AgentSessionListener listener, ScreenFeed screen, ControlHandshake control, Supplier<AgentState> state,
            BiConsumer<AgentState, String> moveTo) {
        this.actor = actor;
        this.record = record;
        this.send = send;
        this.listener = listener;
        this.screen = screen;
        this.control = control;
        this.state = state;
        this.moveTo = moveTo;
    }

    /**
     * The customer's news about sharing: started, the monitors, stopped.
     *
     * @return false when {@code message} is not about sharing
     */
    boolean handle(ControlMessage message) throws ProtocolException {
        if (message instanceof ScreenShareStarted started) {
            screen.started(started.width(), started.height());
            if (!sessionAccepted) {
                sessionAccepted = true;
                record.accept(CUSTOMER, new JournalEvent.ConsentDecided(JournalEvent.Answer.GRANTED,
                        ConsentPurposes.SESSION, "", ""));
            }
            record.accept(CUSTOMER, new JournalEvent.ShareStarted(started.width(), started.height())); // they shared (0033)
            if (stopGivenAsReason && control.state() == ControlState.VIEW_ONLY) {
                // Sharing again after a pause: why control ended (the pause) no longer explains anything.
                control.moveTo(ControlState.VIEW_ONLY, "");
            }
            stopGivenAsReason = false;
            moveTo.accept(AgentState.VIEWING, "The customer is sharing the screen (" + started.width() + "×"
                    + started.height() + ").");
            screen.askForFirstFrames();
        } else if (message instanceof ControlMessage.ScreenMonitors listed) {
            onMonitors(listed);
        } else if (message instanceof ScreenShareStopped stopped) {
            screen.stopped();
            // Who stopped it: the customer's pause, or their side that could not capture the screen (decision 0042).
            // Recorded by who stopped it, as a switch the customer made is (decision 0033).
            boolean paused = ScreenShareStopped.CUSTOMER.equals(stopped.by());
            String by = paused ? JournalEvent.ShareStopped.BY_CUSTOMER : JournalEvent.ShareStopped.BY_SYSTEM;
            record.accept(by, new JournalEvent.ShareStopped(by, stopped.reason()));
            control.moveTo(ControlState.VIEW_ONLY, stopped.reason());
            stopGivenAsReason = true;
            moveTo.accept(AgentState.CONNECTED, paused ? stopped.reason() + " " + UNTIL_SHARED_AGAIN : stopped.reason());
        } else {
            return false;
        }
        return true;
    }

    /** One update of the customer's screen. */
    void update(ScreenUpdate update) throws ProtocolException {
        // Outside viewing: a frame still in flight when the customer paused sharing.
        if (state.get() == AgentState.VIEWING) {
            screen.apply(update);
        }
    }

    /**
     * Asks the customer's computer to share another of its monitors ({@code 1..n}) or all of them
     * ({@code 0}); sharing stays on. Nothing is sent unless the customer is sharing and has that monitor.
     */
    void switchTo(int monitor) {
        ControlMessage.ScreenMonitors known = monitors;
        if (state.get() != AgentState.VIEWING || known == null || monitor < ControlMessage.ScreenMonitors.ALL
                || monitor > known.monitors().size() || monitor == known.shared()) {
            return;
        }
        switchAsked = monitor;
        send.accept(new ControlMessage.ScreenSwitch(monitor));
    }

    /**
     * The customer's monitors: at sharing's start (before {@code screen-share-started}), or a switch
     * while viewing, after which a new stream at the new size follows. Credits carry over: they count frames.
     */
    private void onMonitors(ControlMessage.ScreenMonitors listed) throws ProtocolException {
        if (state.get() == AgentState.VIEWING) {
            screen.switched(listed.width(), listed.height());
            boolean asked = switchAsked == listed.shared();
            record.accept(asked ? actor : CUSTOMER, new JournalEvent.ShareSwitched(asked ? "technician" : "customer",
                    listed.shared(), listed.monitors().size(), listed.width(), listed.height()));
            moveTo.accept(AgentState.VIEWING, "The customer is sharing " + (listed.shared() == 0 ? "all their monitors"
                    : "monitor " + listed.shared() + " of " + listed.monitors().size()) + " (" + listed.width() + "×"
                    + listed.height() + ").");
        }
        switchAsked = -1;
        monitors = listed;
        listener.monitorsChanged(listed);
    }
}
