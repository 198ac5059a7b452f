package org.tandem.customer.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import org.tandem.customer.session.CustomerState;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.pairing.SessionCode;

/**
 * The connection as the customer's window tells it: the code form (the code as typed, the line under
 * it, whether Connect can be pressed, what it says while connecting), the status of the last try, the
 * check string both screens show and who the technician is. FX thread only; {@link CustomerViewModel}
 * brings the session's changes here.
 */
final class ConnectionViewModel {
    private final ConnectViewModel entry = new ConnectViewModel();
    private final ConnectingViewModel connecting = new ConnectingViewModel(java.time.Clock.systemUTC());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkString = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper identity = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper identityVerified = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canConnect;
    /** The field holds a code that just failed for good, and the status says why: that is said once, under the field. */
    private final BooleanBinding whySpentUnderTheField;
    private final StringBinding codeHint;

    /** @param state the session's state, as {@link CustomerViewModel} keeps it */
    ConnectionViewModel(ObservableObjectValue<CustomerState> state) {
        // What the last try said is about the last code: once the customer edits it, it goes.
        entry.codeProperty().addListener((obs, was, now) -> {
            if (state.get() == CustomerState.IDLE || state.get() == CustomerState.ENDED) {
                status.set("");
            }
        });
        whySpentUnderTheField = entry.spentProperty().and(status.isNotEmpty());
        codeHint = Bindings.when(whySpentUnderTheField).then(status).otherwise(entry.hintProperty());
        canConnect = Bindings.createBooleanBinding(
                () -> entry.completeProperty().get()
                        && (state.get() == CustomerState.IDLE || state.get() == CustomerState.ENDED),
                entry.completeProperty(), state);
    }

    /** The code field's own state: the hint under it and whether it holds a whole code. */
    ConnectViewModel entry() {
        return entry;
    }

    /** What the form says while connecting, and for how long it has waited. */
    ConnectingViewModel connecting() {
        return connecting;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The line under the code field: the entry's hint, or why the code in it just failed for good. */
    StringBinding codeHintProperty() {
        return codeHint;
    }

    /** Whether the status below the buttons is shown: not while the line under the field says it. */
    BooleanBinding statusShownProperty() {
        return whySpentUnderTheField.not();
    }

    ReadOnlyStringProperty checkStringProperty() {
        return checkString.getReadOnlyProperty();
    }

    ReadOnlyStringProperty identityProperty() {
        return identity.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty identityVerifiedProperty() {
        return identityVerified.getReadOnlyProperty();
    }

    BooleanBinding canConnectProperty() {
        return canConnect;
    }

    /**
     * The code to connect with; the last connection's check string and technician go. Empty when the
     * field holds no code, and the status then says why.
     */
    Optional<SessionCode> codeToConnect() {
        SessionCode parsed;
        try {
            parsed = SessionCode.parse(entry.codeProperty().get());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return Optional.empty();
        }
        checkString.set("");
        identity.set("");
        identityVerified.set(false);
        return Optional.of(parsed);
    }

    /** The session moved to {@code next}: while connecting the form says the step under way. */
    void stepTo(CustomerState next, String detail) {
        if (next == CustomerState.CONNECTING) {
            connecting.step(detail);
        } else {
            connecting.stopped();
        }
    }

    void showStatus(String detail) {
        status.set(detail);
    }

    void paired(String value) {
        checkString.set(value);
    }

    void technicianIdentified(IdentityVerdict verdict) {
        identity.set(verdict.displayLine());
        identityVerified.set(verdict instanceof IdentityVerdict.Verified);
    }

    /**
     * A session ended: its code is spent and its check code and technician are no longer anyone's, so
     * the code form starts empty. A code that failed to connect stays, for the customer to correct.
     */
    void freshForTheNextCode() {
        entry.codeProperty().set("");
        checkString.set("");
        identity.set("");
        identityVerified.set(false);
    }
}
