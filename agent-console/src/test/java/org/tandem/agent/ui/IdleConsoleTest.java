package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.desktop.ui.PulseCount;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A console that waits does nothing: once a session is set up and nothing changes, JavaFX has
 * nothing to animate, so it stops drawing. Anything left animating (a text cursor blinking in a
 * field that no longer has the keyboard, say) keeps JavaFX drawing the window every pulse, which on
 * a computer without a graphics card is the processor's work for as long as the console is open.
 */
@ExtendWith(ApplicationExtension.class)
class IdleConsoleTest {
    /** Pulses counted while waiting: an animation drives 60 a second or more; a still window none. */
    private static final long COUNT_MILLIS = 1_500;
    /** A few pulses from what was still settling are not an animation. */
    private static final int AT_MOST_PULSES = 6;

    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private SessionsViewModel sessions;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        customer = new LoopbackCustomer(logs);
        sessions = LoopbackCustomer.window(customer);
        scene = new Scene(new SessionsView(sessions, data).root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        // A field keeps blinking in a scene the next test takes off the stage: no field keeps the keyboard.
        robot.interact(() -> scene.getRoot().requestFocus());
        LoopbackCustomer.closeAll(robot, scene, customer);
    }

    @Test
    void aSessionStartedWithEnterInTheCustomerFieldLeavesNothingBlinking(FxRobot robot) throws Exception {
        robot.interact(() -> scene.getWindow().requestFocus());
        waitFor(5, TimeUnit.SECONDS, () -> scene.getWindow().isFocused());
        TextField field = robot.lookup("#customerField").queryAs(TextField.class);
        robot.clickOn(field).write("Alice Martin").type(KeyCode.ENTER);
        ConsoleViewModel model = customer.model();
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        waitForFxEvents();
        assertFalse(field.isFocused(), "the new customer's tab took the keyboard from the field");

        int pulses = pulsesWhileWaiting(robot);

        assertTrue(pulses <= AT_MOST_PULSES, "the console went on drawing while nothing changed: " + pulses
                + " pulses in " + COUNT_MILLIS + " ms (the field's cursor still blinking?)");
    }

    @Test
    void theCountSeesABlinkingCursor(FxRobot robot) throws Exception {
        // The measure itself: a field with the keyboard blinks its cursor, which is an animation.
        robot.interact(() -> scene.getWindow().requestFocus());
        waitFor(5, TimeUnit.SECONDS, () -> scene.getWindow().isFocused());
        TextField field = robot.lookup("#customerField").queryAs(TextField.class);
        robot.clickOn(field);
        waitFor(5, TimeUnit.SECONDS, field::isFocused);

        int pulses = pulsesWhileWaiting(robot);

        assertTrue(pulses > AT_MOST_PULSES, "a blinking cursor drives pulses; counted only " + pulses);
    }

    private int pulsesWhileWaiting(FxRobot robot) throws Exception {
        return PulseCount.over(robot, scene, COUNT_MILLIS);
    }
}
