package org.tandem.agent.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.screen.Frame;

/**
 * State and commands of the console window. Session events arrive on background threads and are
 * moved to the FX thread through the injected executor.
 */
public final class ConsoleViewModel implements AgentSessionListener {
    private final Executor fx;
    private final Function<AgentSessionListener, AgentSession> sessions;
    private final ReadOnlyObjectWrapper<AgentState> state = new ReadOnlyObjectWrapper<>(AgentState.IDLE);
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkString = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Press New session to get a code for your customer.");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ControlState> control = new ReadOnlyObjectWrapper<>(ControlState.VIEW_ONLY);
    private final ReadOnlyStringWrapper controlDetail = new ReadOnlyStringWrapper("");
    private final BooleanBinding canStart;
    private final BooleanBinding canEnd;
    private AgentSession session;

    /**
     * @param sessions makes a session reporting to the given listener; one per "New session"
     */
    public ConsoleViewModel(Executor fx, Function<AgentSessionListener, AgentSession> sessions) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        canStart = Bindings.createBooleanBinding(
                () -> state.get() == AgentState.IDLE || state.get() == AgentState.ENDED, state);
        canEnd = canStart.not();
    }

    public ReadOnlyObjectProperty<AgentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** The short string both screens show once the connection is end-to-end encrypted. */
    public ReadOnlyStringProperty checkStringProperty() {
        return checkString.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The customer's latest complete frame; call {@link #frameShown()} once it is drawn. */
    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Whether the technician's input reaches the customer: always visible in the console. */
    public ReadOnlyObjectProperty<ControlState> controlProperty() {
        return control.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty controlDetailProperty() {
        return controlDetail.getReadOnlyProperty();
    }

    public void requestControl() {
        if (session != null) {
            session.requestControl();
        }
    }

    public void releaseControl() {
        if (session != null) {
            session.releaseControl();
        }
    }

    /** Sends the technician's input; dropped unless in control. */
    public void sendInput(List<InputEvent> events) {
        if (session == null || control.get() != ControlState.IN_CONTROL) {
            return;
        }
        events.forEach(session::sendInput);
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanBinding canEndProperty() {
        return canEnd;
    }

    public void newSession() {
        if (!canStart.get()) {
            return;
        }
        code.set("");
        checkString.set("");
        frame.set(null);
        AgentSession next = sessions.apply(this);
        session = next;
        next.start();
    }

    public void endSession() {
        if (session != null) {
            session.end();
        }
    }

    public void frameShown() {
        if (session != null) {
            session.frameDrawn();
        }
    }

    @Override
    public void stateChanged(AgentState next, String detail) {
        fx.execute(() -> {
            state.set(next);
            status.set(detail);
            if (next == AgentState.ENDED) {
                frame.set(null);
            }
        });
    }

    @Override
    public void codeReady(String sessionCode) {
        fx.execute(() -> code.set(sessionCode));
    }

    @Override
    public void controlChanged(ControlState next, String detail) {
        fx.execute(() -> {
            control.set(next);
            controlDetail.set(detail);
        });
    }

    @Override
    public void paired(String value) {
        fx.execute(() -> checkString.set(value));
    }

    @Override
    public void frameReady(Frame next) {
        fx.execute(() -> {
            // The same buffer may come back updated, so clear first to make every frame a change.
            frame.set(null);
            frame.set(next);
        });
    }
}
