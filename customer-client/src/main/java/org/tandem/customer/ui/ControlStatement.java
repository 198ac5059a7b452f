package org.tandem.customer.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Who has the customer's mouse and keyboard, as the bar and the window say it: the technician, as a
 * warning, while they control the computer; the customer again, calmly, once control has ended. It
 * says nothing before the technician ever had control. When Stop control goes, the keyboard focus
 * rests here ({@link SessionControls}), where a key pressed once more does nothing.
 */
final class ControlStatement {
    static final String BACK_STYLE = "control-back";

    private ControlStatement() {}

    /** @param warningStyle the style class of the warning while the technician has control */
    static Label of(CustomerViewModel model, String warningStyle) {
        ControlViewModel control = model.control();
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(
                () -> control.grantedProperty().get() ? control.detailProperty().get()
                        : control.backProperty().get() ? Texts.get("control.back") : "",
                control.grantedProperty(), control.backProperty(), control.detailProperty()));
        label.visibleProperty().bind(control.grantedProperty().or(control.backProperty()));
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        style(label, warningStyle, control.grantedProperty().get());
        control.grantedProperty().addListener((obs, was, granted) -> style(label, warningStyle, granted));
        return label;
    }

    private static void style(Label label, String warningStyle, boolean granted) {
        label.getStyleClass().removeAll(warningStyle, BACK_STYLE);
        label.getStyleClass().add(granted ? warningStyle : BACK_STYLE);
    }
}
