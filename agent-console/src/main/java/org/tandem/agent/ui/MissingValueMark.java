package org.tandem.agent.ui;

import java.util.Collection;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * How a field that still needs filling in is marked: a small red corner at its top left, as
 * ControlsFX draws "required", whose tooltip says what is missing. It is drawn for the validation
 * message, so only while the field is empty. ControlsFX's own "required" mark is never drawn: it
 * stays for as long as the field is registered, whatever the field holds.
 */
final class MissingValueMark extends GraphicValidationDecoration {
    /** The room the mark takes, so that the pointer finds its tooltip. */
    private static final double ROOM = 10;
    private static final double CORNER = 7;
    private static final Color RED = Color.rgb(255, 30, 38);

    @Override
    protected Node createDecorationNode(ValidationMessage message) {
        Polygon corner = new Polygon(0, 0, CORNER, 0, 0, CORNER);
        corner.setFill(RED);
        Label mark = new Label(null, corner);
        mark.setAlignment(Pos.TOP_LEFT);
        mark.setMinSize(ROOM, ROOM);
        mark.setPrefSize(ROOM, ROOM);
        mark.setTooltip(createTooltip(message));
        mark.setAccessibleText(message.getText());
        return mark;
    }

    @Override
    protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
        // Offset by half its room: its top left on the field's.
        return List.of(new GraphicDecoration(createDecorationNode(message), Pos.TOP_LEFT, ROOM / 2, ROOM / 2));
    }

    @Override
    protected Collection<Decoration> createRequiredDecorations(Control target) {
        return List.of();
    }
}
