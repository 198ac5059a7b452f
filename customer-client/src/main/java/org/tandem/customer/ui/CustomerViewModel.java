package org.tandem.customer.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tandem.customer.conversation.CustomerConversation;
import org.tandem.customer.session.ActionEnding;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerSessionListener;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.RunningAction;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.pairing.SessionCode;

/**
 * State and commands of the customer's window and session bar. Session events arrive on background
 * threads and are moved to the FX thread through the injected executor.
 */
public final class CustomerViewModel implements CustomerSessionListener {
    private final Executor fx;
    private final ReadOnlyObjectWrapper<CustomerState> state = new ReadOnlyObjectWrapper<>(CustomerState.IDLE);
    private final ControlViewModel control = new ControlViewModel();
    private final ReadOnlyObjectWrapper<Path> recordedLog = new ReadOnlyObjectWrapper<>();
    private final SessionFeed<String> activity = new SessionFeed<>();
    private final SessionFeed<ActionEnding> finishedActions = new SessionFeed<>();
    private final SessionFeed<String> withdrawnRequests = new SessionFeed<>();
    private final javafx.beans.property.ReadOnlyIntegerWrapper questionsWaiting = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final BooleanBinding inSession;
    /** The code form, the status, the check string and who the technician is. */
    private final ConnectionViewModel connection;
    private final Executor worker;
    private final Runnable endAction;
    private final PlanViewModel plan = new PlanViewModel();
    private MonitorPickerViewModel monitors = new MonitorPickerViewModel(Runnable::run,
            org.tandem.customer.capture.SharedArea.single(1, 1), monitor -> { });
    private final ChatViewModel chat;
    private final WrapUpViewModel wrapUp;
    private final RunningActionsViewModel running;
    private volatile String technicianName = Texts.get("companion.yourTechnician");
    private volatile CustomerSession session;

    /** Commands run on the calling thread: for tests that drive the view model alone. */
    public CustomerViewModel(Executor fx) {
        this(fx, Runnable::run);
    }

    /**
     * @param fx     where session events are shown: {@code Platform::runLater} in the app
     * @param worker where the customer's commands run (journal and network work), never the FX thread
     */
    public CustomerViewModel(Executor fx, Executor worker) {
        this(fx, worker, null, null, null);
    }

    /** With the conversation and the end of the session given directly, for tests of the companion. */
    CustomerViewModel(Executor fx, Executor worker, Supplier<Optional<CustomerConversation>> conversation,
            Runnable endSession) {
        this(fx, worker, conversation, endSession, null);
    }

    /** As above, with the customer's Stop of a running action given directly too (by request id). */
    CustomerViewModel(Executor fx, Executor worker, Supplier<Optional<CustomerConversation>> conversation,
            Runnable endSession, java.util.function.Consumer<String> stopAction) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.worker = Objects.requireNonNull(worker, "worker");
        Supplier<Optional<CustomerConversation>> talk = conversation != null ? conversation
                : () -> session == null ? Optional.empty() : session.conversation();
        this.endAction = endSession != null ? endSession : () -> {
            CustomerSession current = session;
            if (current != null) {
                current.end();
            }
        };
        chat = new ChatViewModel(fx, worker, talk, ZoneId.systemDefault());
        wrapUp = new WrapUpViewModel(fx, worker, talk, endAction);
        running = new RunningActionsViewModel(stopAction != null ? id -> worker.execute(() -> stopAction.accept(id))
                : id -> onSession(current -> current.stopAction(id)));
        inSession = Bindings.createBooleanBinding(() -> ConnectView.inSession(state.get()), state);
        connection = new ConnectionViewModel(state);
    }

    /** Where the customer's commands run (journal, network and file work), never the FX thread. */
    Executor worker() {
        return worker;
    }

    /** Wires the session this view model drives; done once, before any command. */
    public void attach(CustomerSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public StringProperty codeProperty() {
        return connection.entry().codeProperty();
    }

    /** The code field's own state: the hint under it and whether it holds a whole code. */
    public ConnectViewModel entry() {
        return connection.entry();
    }

    public ReadOnlyStringProperty statusProperty() {
        return connection.statusProperty();
    }

    /**
     * The line under the code field: the entry's hint, or, while the field holds a code that just failed
     * for good, why it failed, which then is not said again below the buttons ({@link #statusShownProperty}).
     */
    javafx.beans.binding.StringBinding codeHintProperty() {
        return connection.codeHintProperty();
    }

    /** Whether the status below the buttons is shown: not while the line under the field says it. */
    BooleanBinding statusShownProperty() {
        return connection.statusShownProperty();
    }

    /** The short string both screens show once the connection is end-to-end encrypted. */
    public ReadOnlyStringProperty checkStringProperty() {
        return connection.checkStringProperty();
    }

    /** Who the technician is, verified, or the warning; empty until known. */
    public ReadOnlyStringProperty identityProperty() {
        return connection.identityProperty();
    }

    public ReadOnlyBooleanProperty identityVerifiedProperty() {
        return connection.identityVerifiedProperty();
    }

    public ReadOnlyObjectProperty<CustomerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanBinding canConnectProperty() {
        return connection.canConnectProperty();
    }

    public void connect() {
        connection.codeToConnect().ifPresent(parsed -> session.connect(parsed));
    }

    /**
     * Cancel (or Escape) while connecting: the try stops at once and the form comes back with the code
     * as typed (decision 0028). Nothing otherwise.
     */
    public void cancelConnecting() {
        CustomerSession current = session;
        if (state.get() == CustomerState.CONNECTING && current != null) {
            worker.execute(current::cancelConnecting);
        }
    }

    /** What the form says while connecting, and for how long it has waited. */
    ConnectingViewModel connecting() {
        return connection.connecting();
    }

    /** Who has the mouse and keyboard: the technician, or the customer again. */
    ControlViewModel control() {
        return control;
    }

    /** The closed log of the session that just ended; its recap is shown from it. */
    public ReadOnlyObjectProperty<Path> recordedLogProperty() {
        return recordedLog.getReadOnlyProperty();
    }

    /** What the technician did on this computer, newest last. */
    public javafx.collections.ObservableList<String> activity() {
        return activity.shown();
    }

    @Override
    public void activity(String line) {
        fx.execute(() -> activity.add(line));
    }

    @Override
    public void actionFinished(ActionEnding ending) {
        fx.execute(() -> finishedActions.add(ending));
    }

    /** How each action the technician asked for in this session ended, in order. */
    javafx.collections.ObservableList<ActionEnding> finishedActions() {
        return finishedActions.shown();
    }

    /**
     * The technician withdrew their request for control before the customer answered (from the control
     * logic, any thread): the question has closed, nothing was granted. It goes in the activity list,
     * and in {@link #withdrawnRequests()} for a notice.
     */
    public void controlRequestWithdrawn(String technician) {
        String at = java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        fx.execute(() -> {
            activity.add(at + "  " + Texts.get("activity.requestWithdrawn", technician));
            withdrawnRequests.add(Texts.get("notify.requestWithdrawn.text", technician));
        });
    }

    /** What the customer is told of each request for control the technician withdrew in this session, in order. */
    javafx.collections.ObservableList<String> withdrawnRequests() {
        return withdrawnRequests.shown();
    }

    @Override
    public void actionsRunning(List<RunningAction> now) {
        fx.execute(() -> running.show(now));
    }

    /** What runs on the customer's computer now, with its Stop. */
    RunningActionsViewModel running() {
        return running;
    }

    /** The customer's key for Stop: every action that runs and can be stopped stops. */
    void stopRunningActions() {
        running.stopAll();
    }

    /** A new session: the last session's feed and answers are not this one's. */
    @Override
    public void sessionStarting() {
        technicianName = Texts.get("companion.yourTechnician");
        fx.execute(() -> {
            activity.clear();
            finishedActions.clear();
            withdrawnRequests.clear();
            control.clear();
            questionsWaiting.set(0);
            plan.clear();
            chat.clear();
            wrapUp.clear();
            running.clear();
        });
    }

    @Override
    public void questionsWaiting(int waiting) {
        fx.execute(() -> questionsWaiting.set(waiting));
    }

    /** How many questions wait behind the one on screen. */
    public javafx.beans.property.ReadOnlyIntegerProperty questionsWaitingProperty() {
        return questionsWaiting.getReadOnlyProperty();
    }

    /** The customer takes the mouse and keyboard back; does nothing when the technician has no control. */
    public void stopControl() {
        fx.execute(control::customerStops);
        onSession(CustomerSession::stopControl);
    }

    /** Control changed (from the control logic, any thread). */
    public void controlChanged(boolean granted, String detail) {
        fx.execute(() -> control.changed(granted, detail));
    }

    @Override
    public void sessionRecorded(Path logFile) {
        fx.execute(() -> recordedLog.set(logFile));
    }

    /** Pauses sharing; control, if the technician has it, ends with it, by the customer's own hand. */
    public void stopSharing() {
        fx.execute(control::customerStops);
        onSession(CustomerSession::stopSharing);
    }

    public void shareAgain() {
        onSession(CustomerSession::shareAgain);
    }

    /** Runs a command of the customer's on the session, on the worker; nothing before a session is attached. */
    private void onSession(java.util.function.Consumer<CustomerSession> command) {
        CustomerSession current = session;
        if (current != null) {
            worker.execute(() -> command.accept(current));
        }
    }

    /** Pause sharing while shared, share again while paused; nothing otherwise. */
    public void toggleSharing() {
        if (state.get() == CustomerState.SHARING) {
            stopSharing();
        } else if (state.get() == CustomerState.NOT_SHARING) {
            shareAgain();
        }
    }

    public void endSession() {
        worker.execute(endAction);
    }

    /** True from the moment the session is connected until it ends: the window shows the companion. */
    public BooleanBinding inSessionProperty() {
        return inSession;
    }

    /** Which monitor is shared; until the app gives it the desktop's monitors, one monitor and no choice. */
    MonitorPickerViewModel monitors() {
        return monitors;
    }

    /** The desktop's monitors and how a pick reaches the session; before the window is built. */
    void useMonitors(MonitorPickerViewModel picker) {
        monitors = java.util.Objects.requireNonNull(picker, "picker");
    }

    PlanViewModel plan() {
        return plan;
    }

    /** The chat with the technician. */
    ChatViewModel chat() {
        return chat;
    }

    /** "Before you go", once the customer answered whether everything works. */
    WrapUpViewModel wrapUp() {
        return wrapUp;
    }

    @Override
    public void planChanged(List<PlanStep> steps) {
        fx.execute(() -> plan.show(steps));
    }

    @Override
    public void chatChanged(List<ChatLine> lines) {
        fx.execute(() -> chat.show(lines));
    }

    @Override
    public void technicianTyping(boolean typing) {
        String name = technicianName;
        fx.execute(() -> chat.technicianTyping(name, typing));
    }

    @Override
    public void wrapUpOffered(String answer) {
        fx.execute(() -> wrapUp.offer(answer));
    }

    @Override
    public void codeSpent(SessionCode code) {
        fx.execute(() -> connection.entry().spent(code));
    }

    @Override
    public void paired(String value) {
        fx.execute(() -> connection.paired(value));
    }

    @Override
    public void technicianIdentified(IdentityVerdict verdict) {
        technicianName = verdict instanceof IdentityVerdict.Verified verified ? verified.technicianName()
                : Texts.get("companion.yourTechnician");
        fx.execute(() -> connection.technicianIdentified(verdict));
    }

    @Override
    public void stateChanged(CustomerState next, String detail) {
        fx.execute(() -> {
            boolean sessionOver = next == CustomerState.ENDED && ConnectView.inSession(state.get());
            connection.stepTo(next, detail);
            state.set(next);
            if (sessionOver) {
                connection.freshForTheNextCode();
            }
            connection.showStatus(detail);
        });
    }
}
