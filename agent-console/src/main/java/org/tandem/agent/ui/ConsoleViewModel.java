package org.tandem.agent.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionDescriptor;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.screen.ScreenBuffer;

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
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Texts.get("console.ready"));
    private final ReadOnlyObjectWrapper<ScreenBuffer> screen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper framesToDraw = new ReadOnlyLongWrapper();
    /** One pass of the FX thread draws every frame completed before it; more are not queued. */
    private final AtomicBoolean drawQueued = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<ControlState> control = new ReadOnlyObjectWrapper<>(ControlState.VIEW_ONLY);
    private final ReadOnlyStringWrapper controlDetail = new ReadOnlyStringWrapper("");
    private final ActionBoard actions;
    private final StringProperty customerReference = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sessionCustomer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper newCodeOffered = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canStart;
    private final BooleanBinding canEnd;
    /** Whether this session is the one in front of the technician: only that one takes input. */
    private final ReadOnlyBooleanWrapper front = new ReadOnlyBooleanWrapper(true);
    private boolean takesInput = true;
    private final RemotePointer pointer;
    private final CustomerMonitors monitors;
    private AgentSession session;
    private boolean endedByTechnician;

    /**
     * @param sessions makes a session reporting to the given listener; one per "New session"
     */
    public ConsoleViewModel(Executor fx, Function<AgentSessionListener, AgentSession> sessions) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.actions = new ActionBoard(() -> session, status::set);
        this.pointer = new RemotePointer(fx);
        this.monitors = new CustomerMonitors(fx, monitor -> {
            if (session != null) {
                session.switchMonitor(monitor);
            }
        });
        canStart = Bindings.createBooleanBinding(
                () -> state.get() == AgentState.IDLE || state.get() == AgentState.ENDED, state);
        canEnd = canStart.not();
    }

    /** The customer's pointer, drawn over the screen view. */
    public RemotePointer pointer() {
        return pointer;
    }

    /** The customer's monitors, and which is shared; the technician may pick another. */
    public CustomerMonitors monitors() {
        return monitors;
    }

    @Override
    public void monitorsChanged(org.tandem.shared.message.ControlMessage.ScreenMonitors listed) {
        monitors.changed(listed);
    }

    @Override
    public void pointerMoved(org.tandem.shared.message.PointerMessage.Moved moved) {
        pointer.moved(moved);
    }

    @Override
    public void pointerShapeChanged(org.tandem.shared.message.PointerMessage.Shape shape) {
        pointer.shapeChanged(shape);
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

    /** The customer's live screen; null when there is none to show. */
    public ReadOnlyObjectProperty<ScreenBuffer> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /**
     * Counts passes in which new frames are ready: on each change, draw the screen's changed
     * rectangles, then call {@link #frameShown()}.
     */
    public ReadOnlyLongProperty framesToDrawProperty() {
        return framesToDraw.getReadOnlyProperty();
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

    /**
     * Gives control back (Ctrl+Shift+F12, Give control back). While the customer is still being asked,
     * there is nothing to give back: the request is withdrawn, and their question closes.
     */
    public void releaseControl() {
        if (session != null) {
            session.releaseControl();
        }
    }

    /** Withdraws the request for control the customer has not answered yet (Withdraw request). */
    public void withdrawControlRequest() {
        if (session != null) {
            session.withdrawControlRequest();
        }
    }

    /**
     * Whether this session is in front of the technician (its tab is the selected one). Only the
     * session in front takes the technician's input.
     */
    public ReadOnlyBooleanProperty frontProperty() {
        return front.getReadOnlyProperty();
    }

    /**
     * Brings the session in front, or sends it to the back. Listeners of {@link #frontProperty()}
     * hear it go to the back while its input still goes through, so that they can let go of the keys
     * and buttons they hold; from then on its input is dropped.
     */
    public void setFront(boolean now) {
        if (now) {
            takesInput = true;
            front.set(true);
        } else {
            front.set(false);
            takesInput = false;
        }
    }

    /**
     * Sends the technician's input; dropped unless in front, and in control (at a Tandem window on the
     * customer's screen, only the pointer goes: {@link ControlState#sends}).
     */
    public void sendInput(List<InputEvent> events) {
        if (session == null || !takesInput) {
            return;
        }
        ControlState now = control.get();
        events.stream().filter(now::sends).forEach(session::sendInput);
    }

    /** The session's actions: what is offered and asked for, and the commands that ask for one or cancel it. */
    ActionBoard actions() {
        return actions;
    }

    @Override
    public void actionCatalog(String os, List<ActionDescriptor> actions) {
        fx.execute(() -> this.actions.offered(os, actions));
    }

    @Override
    public void actionChanged(ActionStatus update) {
        fx.execute(() -> actions.changed(update));
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanBinding canEndProperty() {
        return canEnd;
    }

    /** What the technician types for the next session: the customer's name or a ticket reference. */
    public StringProperty customerReferenceProperty() {
        return customerReference;
    }

    /** The customer reference the current (or last) session was started with; "" for none. */
    public ReadOnlyStringProperty sessionCustomerProperty() {
        return sessionCustomer.getReadOnlyProperty();
    }

    /**
     * The technician named the customer mid-session and it is recorded (decision 0046): the tab, the
     * Customer tab and the end dialog call them so from now on.
     */
    public void customerNamed(String name) {
        sessionCustomer.set(name);
        status.set(Texts.format("naming.done", name));
    }

    /** Something the technician should read in the status line. */
    public void tell(String words) {
        status.set(words);
    }

    /**
     * True once a code was given up before anyone connected with it: the customer typed another
     * code, someone guessed, or nobody came. {@link #newCode()} then starts over for the same customer.
     */
    public ReadOnlyBooleanProperty newCodeOfferedProperty() {
        return newCodeOffered.getReadOnlyProperty();
    }

    /** Whether a customer is connected, so that ending (or closing the console) should be confirmed. */
    public boolean customerConnected() {
        AgentState now = state.get();
        return now == AgentState.CONNECTED || now == AgentState.VIEWING || now == AgentState.RECONNECTING
                || (now != AgentState.ENDED && !control.get().watchingOnly());
    }

    /** Starts a session for the reference typed in {@link #customerReferenceProperty()}. */
    public void newSession() {
        start(customerReference.get() == null ? "" : customerReference.get().strip());
    }

    /** After a code was given up: a fresh code for the same customer, at once. */
    public void newCode() {
        if (newCodeOffered.get()) {
            start(sessionCustomer.get());
        }
    }

    private void start(String customer) {
        if (!canStart.get()) {
            return;
        }
        newCodeOffered.set(false);
        endedByTechnician = false;
        sessionCustomer.set(customer);
        code.set("");
        checkString.set("");
        actions.clear();
        screen.set(null);
        pointer.clear();
        monitors.clear();
        AgentSession next = sessions.apply(this);
        session = next;
        next.start(customer);
    }

    public void endSession() {
        if (session != null) {
            endedByTechnician = true;
            session.end();
        }
    }

    /** The console is closing: ends the session as End session does, and the customer reads that it closed. */
    public void endSessionBecauseClosed() {
        if (session != null) {
            endedByTechnician = true;
            session.endBecauseClosed();
        }
    }

    /** The session's connection quality: round trip and bytes moved; empty without a connected session. */
    public java.util.Optional<org.tandem.shared.session.SessionChannel.Quality> connectionQuality() {
        AgentSession current = session;
        return current == null ? java.util.Optional.empty() : current.quality();
    }

    /** About once a second, from the view's ticker; the session adapts the screen quality. */
    public void secondPassed() {
        AgentSession current = session;
        if (current != null) {
            current.secondPassed();
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
            AgentState was = state.get();
            state.set(next);
            status.set(statusLine(was, next, detail));
            if (next != AgentState.VIEWING) {
                pointer.clear();
            }
            if (next == AgentState.ENDED) {
                screen.set(null);
                checkString.set(""); // it vouched for a connection that is gone
                // A code that ends before anyone connected with it is burned or expired, and a try that never got a
                // code failed on the way to the relay: offer a fresh one, for the same customer.
                newCodeOffered.set((was == AgentState.WAITING_FOR_CUSTOMER || was == AgentState.CREATING)
                        && !endedByTechnician);
            }
            if (next == AgentState.IDLE && was == AgentState.CREATING) {
                newCodeOffered.set(true); // cancelled while asking the relay: try again for the same customer
            }
        });
    }

    /** The session's own words, but for a lost connection and its resume, which the console tells in its own. */
    private static String statusLine(AgentState was, AgentState next, String detail) {
        if (next == AgentState.RECONNECTING) {
            return Texts.get("console.reconnecting");
        }
        if (was == AgentState.RECONNECTING && next == AgentState.CONNECTED) {
            return Texts.get("console.reconnected");
        }
        return detail;
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

    /** The request button was pressed when control could not be asked for: the status line says why. */
    @Override
    public void controlRequestNotSent(ControlState now, String reason) {
        fx.execute(() -> {
            control.set(now);
            status.set(reason);
        });
    }

    @Override
    public void paired(String value) {
        fx.execute(() -> checkString.set(value));
    }

    @Override
    public void screenUpdated(ScreenBuffer live) {
        if (drawQueued.compareAndSet(false, true)) {
            fx.execute(() -> {
                drawQueued.set(false);
                screen.set(live);
                framesToDraw.set(framesToDraw.get() + 1);
            });
        }
    }
}
