package org.tandem.customer.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerSessionListener;
import org.tandem.customer.session.CustomerState;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.pairing.SessionCode;

/**
 * State and commands of the customer's window and session bar. Session events arrive on background
 * threads and are moved to the FX thread through the injected executor.
 */
public final class CustomerViewModel implements CustomerSessionListener {
    private final Executor fx;
    private final ConnectViewModel entry = new ConnectViewModel();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkString = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper identity = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper identityVerified = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CustomerState> state = new ReadOnlyObjectWrapper<>(CustomerState.IDLE);
    private final ReadOnlyBooleanWrapper controlGranted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper controlDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> recordedLog = new ReadOnlyObjectWrapper<>();
    private final javafx.collections.ObservableList<String> activity = javafx.collections.FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyIntegerWrapper questionsWaiting = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final BooleanBinding canConnect;
    private CustomerSession session;

    public CustomerViewModel(Executor fx) {
        this.fx = Objects.requireNonNull(fx, "fx");
        canConnect = Bindings.createBooleanBinding(
                () -> entry.completeProperty().get()
                        && (state.get() == CustomerState.IDLE || state.get() == CustomerState.ENDED),
                entry.completeProperty(), state);
    }

    /** Wires the session this view model drives; done once, before any command. */
    public void attach(CustomerSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public StringProperty codeProperty() {
        return entry.codeProperty();
    }

    /** The code field's own state: the hint under it and whether it holds a whole code. */
    public ConnectViewModel entry() {
        return entry;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The short string both screens show once the connection is end-to-end encrypted. */
    public ReadOnlyStringProperty checkStringProperty() {
        return checkString.getReadOnlyProperty();
    }

    /** Who the technician is, verified, or the warning; empty until known. */
    public ReadOnlyStringProperty identityProperty() {
        return identity.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty identityVerifiedProperty() {
        return identityVerified.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CustomerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    public void connect() {
        SessionCode parsed;
        try {
            parsed = SessionCode.parse(entry.codeProperty().get());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        checkString.set("");
        identity.set("");
        identityVerified.set(false);
        session.connect(parsed);
    }

    /** True while the technician may use the mouse and keyboard. */
    public ReadOnlyBooleanProperty controlGrantedProperty() {
        return controlGranted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty controlDetailProperty() {
        return controlDetail.getReadOnlyProperty();
    }

    /** The closed log of the session that just ended; its recap is shown from it. */
    public ReadOnlyObjectProperty<Path> recordedLogProperty() {
        return recordedLog.getReadOnlyProperty();
    }

    /** What the technician did on this computer, newest last. */
    public javafx.collections.ObservableList<String> activity() {
        return javafx.collections.FXCollections.unmodifiableObservableList(activity);
    }

    @Override
    public void activity(String line) {
        fx.execute(() -> activity.add(line));
    }

    /** A new session: the last session's feed and answers are not this one's. */
    @Override
    public void sessionStarting() {
        fx.execute(() -> {
            activity.clear();
            questionsWaiting.set(0);
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

    public void stopControl() {
        session.stopControl();
    }

    /** Control changed (from the control logic, any thread). */
    public void controlChanged(boolean granted, String detail) {
        fx.execute(() -> {
            controlGranted.set(granted);
            controlDetail.set(detail);
        });
    }

    @Override
    public void sessionRecorded(Path logFile) {
        fx.execute(() -> recordedLog.set(logFile));
    }

    public void stopSharing() {
        session.stopSharing();
    }

    public void shareAgain() {
        session.shareAgain();
    }

    public void endSession() {
        session.end();
    }

    @Override
    public void paired(String value) {
        fx.execute(() -> checkString.set(value));
    }

    @Override
    public void technicianIdentified(IdentityVerdict verdict) {
        fx.execute(() -> {
            identity.set(verdict.displayLine());
            identityVerified.set(verdict instanceof IdentityVerdict.Verified);
        });
    }

    @Override
    public void stateChanged(CustomerState next, String detail) {
        fx.execute(() -> {
            state.set(next);
            status.set(detail);
        });
    }
}
