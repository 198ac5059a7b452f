package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The code in large type takes a smaller type where the pane is narrower than its widest group, so
 * that no group is cut at the pane's edge (seen in a console 640 pixels wide: "11389-61").
 */
@ExtendWith(ApplicationExtension.class)
class SessionCodeLabelTest {
    private final SimpleStringProperty code = new SimpleStringProperty("48213 93750-193 775");
    private final SimpleDoubleProperty room = new SimpleDoubleProperty(1000);
    private Label label;

    @Start
    void start(Stage stage) {
        label = SessionCodeLabel.of(code, room);
        stage.setScene(new Scene(new StackPane(label), 1100, 400));
        stage.show();
    }

    @Test
    void aNarrowPaneTakesTheCodeInSmallerTypeThatStillShowsEachGroupWhole(FxRobot robot) {
        double wide = fontSizeWith(robot, 1000);

        double narrow = fontSizeWith(robot, 150);

        assertEquals(56, wide, "large type where there is room");
        assertTrue(narrow < wide, "smaller type in a narrow pane: " + narrow);
        assertTrue(widestGroup(robot) <= 150, "the widest group is " + widestGroup(robot) + " wide in a pane 150 wide");
    }

    private double fontSizeWith(FxRobot robot, double width) {
        AtomicReference<Double> size = new AtomicReference<>();
        robot.interact(() -> {
            room.set(width);
            label.applyCss();
            size.set(label.getFont().getSize());
        });
        return size.get();
    }

    private double widestGroup(FxRobot robot) {
        AtomicReference<Double> widest = new AtomicReference<>(0.0);
        robot.interact(() -> {
            for (String group : code.get().split(" ")) {
                Text text = new Text(group);
                text.setFont(label.getFont());
                widest.set(Math.max(widest.get(), text.getLayoutBounds().getWidth()));
            }
        });
        return widest.get();
    }
}
