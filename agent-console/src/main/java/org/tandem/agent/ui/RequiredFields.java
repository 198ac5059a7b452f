package org.tandem.agent.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The chosen action's fields that must be filled in before it can run. Each is marked while it is
 * empty, with words saying what is missing; the mark goes as soon as something is typed or picked,
 * and comes back once the field is emptied. Run reads {@link #anyMissing()}, which judges by the
 * same rule. One per chosen action.
 */
final class RequiredFields {
    private final ValidationSupport validation = new ValidationSupport();
    private final List<ObservableValue<String>> texts = new ArrayList<>();

    RequiredFields() {
        validation.setValidationDecorator(new MissingValueMark());
        // ControlsFX holds its marks back until a field is first edited; a field is marked from the start.
        validation.initInitialDecoration();
    }

    /** Marks {@code field} while it is empty; {@code label} is what the technician reads above it. */
    void require(TextInputControl field, String label) {
        String words = Texts.format("actions.required", label);
        // Not "required" in ControlsFX's sense: that mark would stay whatever the field holds.
        validation.registerValidator(field, false,
                (Control control, String text) -> ValidationResult.fromErrorIf(control, words, missing(text)));
        texts.add(field.textProperty());
    }

    /** Whether a required field is empty, at once; the marks follow on the next turn of the FX thread. */
    BooleanBinding anyMissing() {
        return Bindings.createBooleanBinding(() -> texts.stream().map(ObservableValue::getValue)
                .anyMatch(RequiredFields::missing), texts.toArray(Observable[]::new));
    }

    /** Empty, or nothing but spaces: no value the action could use. */
    static boolean missing(String text) {
        return text == null || text.isBlank();
    }
}
