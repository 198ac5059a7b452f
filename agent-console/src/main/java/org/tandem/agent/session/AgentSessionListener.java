package org.tandem.agent.session;

import org.tandem.agent.conversation.AgentConversation;
import java.util.List;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.ScreenBuffer;

/** What the technician's session reports to its view; called from background threads. */
public interface AgentSessionListener extends AgentConversation.Listener {

    void stateChanged(AgentState state, String detail);

    /** The relay reserved a session; {@code code} is what the technician reads to the customer. */
    void codeReady(String code);

    /** The connection is end-to-end encrypted; both screens show this same check string. */
    void paired(String checkString);

    /** The customer's computer offers these actions (some marked unavailable, with the reason). */
    default void actionCatalog(String os, List<ActionDescriptor> actions) {}

    /** An action the technician asked for moved on: consent asked, running, finished. */
    default void actionChanged(ActionStatus status) {}

    /** Control changed; {@code detail} says why in words for the technician. */
    void controlChanged(ControlState state, String detail);

    /**
     * A request for control was not sent, and {@code reason} says why in words for the technician
     * (asked for or given already, the customer not sharing, the connection being restored);
     * {@code control} is where control stands. By default told as control being where it stands.
     */
    default void controlRequestNotSent(ControlState control, String reason) {
        controlChanged(control, reason);
    }

    /**
     * A complete frame of the customer's screen, as a copy; by default {@link #screenUpdated} calls
     * this. Call {@link AgentSession#frameDrawn()} once it is drawn, which lets the customer send more.
     */
    default void frameReady(Frame frame) {}

    /**
     * A frame completed in the live picture: the view takes the changed rectangles from
     * {@code screen} and then calls {@link AgentSession#frameDrawn()}. By default the whole picture is
     * copied to {@link #frameReady}.
     */
    default void screenUpdated(ScreenBuffer screen) {
        frameReady(screen.snapshot());
    }

    /** The customer's pointer moved (sent apart from the pixels); drawn over the screen. */
    default void pointerMoved(PointerMessage.Moved moved) {}

    /** The customer's pointer changed its look; null for the standard arrow (a look whose number is not known). */
    default void pointerShapeChanged(PointerMessage.Shape shape) {}

    /** The customer's monitors, and which of them is shared now (at sharing's start and after each switch). */
    default void monitorsChanged(org.tandem.shared.message.ControlMessage.ScreenMonitors monitors) {}

    /** The connection dropped; the session ends at {@code deadline} unless it is resumed before (decision 0013). */
    default void reconnecting(java.time.Instant deadline) {}

    /** The session goes on over a new connection; control must be asked for again. */
    default void reconnected() {}
}
