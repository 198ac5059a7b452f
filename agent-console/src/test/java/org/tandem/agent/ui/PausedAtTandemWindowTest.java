package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.input.Key;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputBatch;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.TileScreenEncoder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The technician's first click landed on a Tandem window on the customer's screen, and their side held
 * it: the console reads "Click outside it to go on", and the technician's click in the console's view
 * goes on to the customer's side, which lets it land outside Tandem's windows and resumes control. Keys
 * wait. When the customer's own mouse pauses control, the technician's clicks still wait for it.
 */
@ExtendWith(ApplicationExtension.class)
class PausedAtTandemWindowTest {
    private static final String IN_THE_WAY = "A Tandem window is in the way on the customer's screen: remote input"
            + " cannot operate Tandem itself. Click outside it to go on.";

    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private ConsoleViewModel model;
    private Scene scene;
    /** Input the customer received and has not looked at yet, out of its batches. */
    private final Deque<InputEvent> input = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        customer = new LoopbackCustomer(logs);
        model = customer.model();
        scene = LoopbackCustomer.show(stage, data, 1100, 700, customer);
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, customer);
    }

    @Test
    void aClickWhileATandemWindowIsInTheWayGoesToTheCustomerAndKeysWait(FxRobot robot) throws Exception {
        takeControl(robot);
        customer.send(ControlMessage.ControlPaused.byTandem(IN_THE_WAY));
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.PAUSED_AT_TANDEM_WINDOW);
        assertEquals("Paused: " + IN_THE_WAY, robot.lookup("#controlStateLabel").queryAs(Label.class).getText());

        robot.type(KeyCode.Q); // while held, a key is not sent: it would come before the click
        robot.clickOn("#screenView");

        InputEvent.PointerButton press = assertInstanceOf(InputEvent.PointerButton.class, nextBesidesMoves(),
                "the click went to the customer's side, which decides where it may land");
        assertTrue(press.pressed());
        InputEvent.PointerButton release = assertInstanceOf(InputEvent.PointerButton.class, nextBesidesMoves());
        assertEquals(press.button(), release.button());

        customer.send(new ControlMessage.ControlResumed());
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.IN_CONTROL);
        robot.type(KeyCode.W);
        assertEquals(Key.W, assertInstanceOf(InputEvent.KeyStroke.class, nextBesidesMoves()).key(),
                "in control again, keys go through, and the Q held back never went");
    }

    @Test
    void aClickWhileTheCustomerUsesTheirMouseIsNotSent(FxRobot robot) throws Exception {
        takeControl(robot);
        customer.send(ControlMessage.ControlPaused.byCustomer("The customer is using their mouse."));
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.PAUSED);

        robot.clickOn("#screenView"); // not sent: it would come before the key below
        customer.send(new ControlMessage.ControlResumed());
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.IN_CONTROL);
        robot.type(KeyCode.W);

        assertEquals(Key.W, assertInstanceOf(InputEvent.KeyStroke.class, nextBesidesMoves()).key(),
                "the customer had the mouse: the technician's click waited for nothing");
    }

    /**
     * Customer joins and shares a picture; the technician asks for control, the customer allows, and a key
     * goes through.
     */
    private void takeControl(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        for (ScreenUpdate update : new TileScreenEncoder().encode(new Frame(64, 48, new int[64 * 48]))) {
            customer.send(update);
        }
        ScreenView screen = robot.lookup("#screenView").queryAs(ScreenView.class);
        waitFor(10, TimeUnit.SECONDS, screen::hasPicture); // a click counts where it lands on the picture
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);
        customer.send(new ControlMessage.ControlGranted());
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.IN_CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> scene.getFocusOwner() == robot.lookup("#screenView").query());
        robot.type(KeyCode.A);
        assertEquals(Key.A, assertInstanceOf(InputEvent.KeyStroke.class, nextBesidesMoves()).key());
        assertEquals(Key.A, assertInstanceOf(InputEvent.KeyStroke.class, nextBesidesMoves()).key(), "its release");
    }

    /** The next input event the customer received that is not a pointer move; fails if none comes. */
    private InputEvent nextBesidesMoves() throws InterruptedException {
        long until = System.nanoTime() + LoopbackCustomer.WAIT.toNanos();
        while (System.nanoTime() < until) {
            while (!input.isEmpty()) {
                InputEvent next = input.poll();
                if (!(next instanceof InputEvent.PointerMove)) {
                    return next;
                }
            }
            SessionMessage message = customer.next(SessionMessage.class);
            if (message instanceof InputBatch batch) {
                input.addAll(batch.events());
            } else if (message instanceof InputEvent event) {
                input.add(event);
            }
        }
        throw new AssertionError("the customer received no input besides pointer moves");
    }
}
