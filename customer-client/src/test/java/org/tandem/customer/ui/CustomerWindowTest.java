package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.session.CustomerState;
import org.tandem.desktop.ui.WindowBoundsBinding;
import org.tandem.shared.config.WindowBoundsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The customer's window makes room for the session companion only while it still has the code
 * form's own size; a size and place the customer gave it, now or last time, it keeps.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerWindowTest {
    private CustomerViewModel model;
    private Stage stage;

    @BeforeEach
    void createWindow(FxRobot robot) {
        robot.interact(() -> {
            model = new CustomerViewModel(Runnable::run, Runnable::run, Optional::empty, () -> { });
            stage = new Stage();
            stage.setScene(new CustomerWindow(stage, model, address -> { }).scene());
        });
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void theCodeFormAtItsOwnSizeGrowsForTheCompanionWithinTheScreen(FxRobot robot) {
        robot.interact(stage::show);
        connect(robot);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(Math.min(screen.getWidth(), CustomerWindow.COMPANION_WIDTH), stage.getWidth());
        assertEquals(Math.min(screen.getHeight(), CustomerWindow.COMPANION_HEIGHT), stage.getHeight());
    }

    @Test
    void aWindowTheCustomerMadeSmallerKeepsItsSizeAndPlaceWhenTheNextSessionConnects(FxRobot robot) {
        robot.interact(stage::show);
        connect(robot);
        customerPlaces(robot, new WindowBoundsStore.Bounds(60, 40, 800, 560));
        robot.interact(() -> model.stateChanged(CustomerState.ENDED, "The session has ended."));

        connect(robot);
        assertEquals(new WindowBoundsStore.Bounds(60, 40, 800, 560), boundsOf(stage));
    }

    @Test
    void aCodeFormTheCustomerResizedAndMovedKeepsItsSizeAndPlaceWhenTheSessionConnects(FxRobot robot) {
        robot.interact(stage::show);
        customerPlaces(robot, new WindowBoundsStore.Bounds(300, 200, 700, 520));

        connect(robot);
        assertEquals(new WindowBoundsStore.Bounds(300, 200, 700, 520), boundsOf(stage));
    }

    @Test
    void aCodeFormNarrowerThanTheCompanionNeedsWidensToItsMinimumInPlace(FxRobot robot) {
        robot.interact(stage::show);
        customerPlaces(robot, new WindowBoundsStore.Bounds(300, 200, 500, 520));

        connect(robot);
        assertEquals(new WindowBoundsStore.Bounds(300, 200, CustomerWindow.COMPANION_MIN_WIDTH, 520), boundsOf(stage));
    }

    @Test
    void theCodeFormCannotBeMadeSoNarrowThatTheCodeIsCut(FxRobot robot) {
        robot.interact(stage::show);
        robot.interact(() -> model.codeProperty().set("46885 71346-192 460"));
        customerPlaces(robot, new WindowBoundsStore.Bounds(60, 40, 320, 240));

        TextField code = robot.lookup("#codeField").queryAs(TextField.class);
        double[] text = new double[1];
        robot.interact(() -> text[0] = textWidth(code));
        double needed = text[0] + code.getInsets().getLeft() + code.getInsets().getRight();
        assertTrue(code.getWidth() >= needed, "the code field is " + code.getWidth() + " wide, its code needs " + needed);
    }

    @Test
    void theCompanionCannotBeMadeSoSmallThatItsHeadingsAreCut(FxRobot robot) {
        robot.interact(stage::show);
        connect(robot);
        customerPlaces(robot, new WindowBoundsStore.Bounds(60, 40, 400, 300));

        for (String heading : new String[] {Texts.get("activity.title"), Texts.get("chat.title"), Texts.get("plan.title")}) {
            Label label = robot.lookup(".label").match((Label l) -> heading.equals(l.getText())).queryAs(Label.class);
            double[] pref = new double[1];
            robot.interact(() -> pref[0] = label.prefWidth(-1));
            double needed = pref[0];
            assertTrue(label.getWidth() >= needed - 0.5, "\"" + heading + "\" is " + label.getWidth()
                    + " wide in a " + stage.getWidth() + "-wide window; it needs " + needed);
        }
    }

    /** The width of the field's text in its own font. */
    private static double textWidth(TextField field) {
        Text text = new Text(field.getText());
        text.setFont(field.getFont());
        return text.getLayoutBounds().getWidth();
    }

    @Test
    void aWindowOpenedWhereTheCustomerLeftItLastTimeKeepsThatWhenTheSessionConnects(FxRobot robot) {
        WindowBoundsStore.Bounds lastTime = new WindowBoundsStore.Bounds(100, 80, 900, 600);
        robot.interact(() -> {
            WindowBoundsBinding.bind(stage, Optional.of(lastTime), bounds -> { });
            stage.show();
        });

        connect(robot);
        assertEquals(lastTime, boundsOf(stage));
    }

    private void connect(FxRobot robot) {
        robot.interact(() -> {
            model.stateChanged(CustomerState.CONNECTING, "Connecting…");
            model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana Scully.");
        });
    }

    /** As the customer drags the window and its edges. */
    private void customerPlaces(FxRobot robot, WindowBoundsStore.Bounds bounds) {
        robot.interact(() -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
        });
    }

    private static WindowBoundsStore.Bounds boundsOf(Stage stage) {
        return new WindowBoundsStore.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }
}
