package org.tandem.customer.ui;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tandem.shared.pairing.SessionCode;

/**
 * The customer's code field: what was typed, the hint under it (how many digits are still missing,
 * and the code grouped the way the technician reads it), and whether it is a whole code. Changes
 * come from the field, on the FX thread.
 */
public final class ConnectViewModel {
    /** A code of the shape technicians read out, so the customer knows what to expect. */
    static final String EXAMPLE = Texts.get("connect.hint.example", SessionCode.example().display());

    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(EXAMPLE);
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mistaken = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper holdsSpent = new ReadOnlyBooleanWrapper();
    /** The codes tried since the app started that can no longer be used. */
    private final Set<SessionCode> spent = new HashSet<>();

    public ConnectViewModel() {
        code.addListener((obs, was, typed) -> read(typed));
    }

    public StringProperty codeProperty() {
        return code;
    }

    /** One line under the field, e.g. {@code 482-193 7 — 2 more digits}. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** True when the field holds a whole code that may still be used, so Connect may be offered. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** True when what was typed cannot become a code by typing more; the hint says why. */
    public ReadOnlyBooleanProperty mistakenProperty() {
        return mistaken.getReadOnlyProperty();
    }

    /** The code in the field, when it is a whole one. */
    public Optional<SessionCode> sessionCode() {
        return SessionCode.read(code.get()) instanceof SessionCode.Reading.Complete whole
                ? Optional.of(whole.code()) : Optional.empty();
    }

    /**
     * {@code code} can no longer be used (it did not match, or the relay keeps it): while the field holds
     * it, however grouped, it is not offered Connect and the hint asks for the new code.
     */
    void spent(SessionCode code) {
        spent.add(code);
        read(this.code.get());
    }

    /** True while the field holds a code that can no longer be used. */
    ReadOnlyBooleanProperty spentProperty() {
        return holdsSpent.getReadOnlyProperty();
    }

    private void read(String typed) {
        SessionCode.Reading reading = SessionCode.read(typed);
        boolean usedUp = reading instanceof SessionCode.Reading.Complete whole && spent.contains(whole.code());
        holdsSpent.set(usedUp);
        complete.set(reading instanceof SessionCode.Reading.Complete && !usedUp);
        mistaken.set(reading instanceof SessionCode.Reading.Invalid || usedUp);
        hint.set(usedUp ? Texts.get("connect.hint.spent") : describe(reading));
    }

    private static String describe(SessionCode.Reading reading) {
        if (reading instanceof SessionCode.Reading.Complete whole) {
            return Texts.get("connect.hint.complete", whole.code().display());
        }
        if (reading instanceof SessionCode.Reading.Invalid invalid) {
            return invalid.reason();
        }
        SessionCode.Reading.Incomplete part = (SessionCode.Reading.Incomplete) reading;
        if (part.grouped().isEmpty()) {
            return EXAMPLE;
        }
        int missing = part.digitsMissing();
        return Texts.get(missing == 1 ? "connect.hint.oneMore" : "connect.hint.more", part.grouped(), missing);
    }
}
