package org.tandem.agent.ui;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The session code in large type, for the technician to read to the customer. Where the line is too
 * short for the whole code it breaks between the code's groups ("48213 93750-193 775" over two or
 * three lines), never inside one, and it is never cut to "…". Where even its widest group does not fit
 * (a console 640 pixels wide), the type gets smaller, down to {@value #SMALLEST} pixels.
 */
final class SessionCodeLabel {
    /** Room for the rounding of the text's width as it is drawn. */
    private static final double SLACK = 1;
    static final double SIZE = 56;
    static final double SMALLEST = 20;

    private SessionCodeLabel() {}

    /**
     * @param code the code as read aloud, its groups set apart by spaces
     * @param room how wide the line may be; the label is no wider, unless its widest group is
     */
    static Label of(ObservableStringValue code, ObservableDoubleValue room) {
        Label label = new Label();
        label.setId("codeLabel");
        label.textProperty().bind(code);
        label.styleProperty().bind(Bindings.createStringBinding(
                () -> "-fx-font-size: " + fontSize(label.getText(), room.get() - insets(label))
                        + "px; -fx-font-family: monospace; -fx-font-weight: bold;",
                label.textProperty(), room, label.paddingProperty()));
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setMinHeight(Region.USE_PREF_SIZE);
        // No narrower than the widest group in the smallest type: a minimum taken from the type in use
        // would keep the pane that wide, and the type would never get smaller.
        label.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> widestGroup(label.getText(), Font.font("monospace", FontWeight.BOLD, SMALLEST)) + insets(label),
                label.textProperty(), label.paddingProperty()));
        // A label asks for its whole text on one line, which a narrow window cannot give: it asks for no
        // more than the room there is, so that the text breaks between its groups inside the window.
        label.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(label.getMinWidth(),
                        Math.min(width(label.getText(), label.getFont()) + insets(label), room.get())),
                label.textProperty(), label.fontProperty(), label.paddingProperty(), label.minWidthProperty(), room));
        return label;
    }

    /** The largest type up to {@link #SIZE} in which the code's widest group fits {@code room}. */
    static double fontSize(String code, double room) {
        double widest = widestGroup(code, Font.font("monospace", FontWeight.BOLD, SIZE));
        if (room <= 0 || widest <= room) {
            return SIZE; // before the first layout, or where there is room
        }
        return Math.max(SMALLEST, Math.floor(SIZE * room / widest));
    }

    private static double widestGroup(String code, Font font) {
        return Arrays.stream(code.split(" ")).mapToDouble(group -> width(group, font)).max().orElse(0);
    }

    private static double width(String text, Font font) {
        if (text.isEmpty()) {
            return 0;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        return Math.ceil(probe.getLayoutBounds().getWidth()) + SLACK;
    }

    private static double insets(Label label) {
        return label.snappedLeftInset() + label.snappedRightInset();
    }
}
