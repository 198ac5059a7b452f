package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.session.CustomerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The bar on top of every window says what is shared and who is in control, with the way out. */
@ExtendWith(ApplicationExtension.class)
class SessionBarTest {
    private final AtomicInteger ends = new AtomicInteger();
    private CustomerViewModel model;
    private SessionBar bar;

    @Start
    void start(Stage stage) {
        model = new CustomerViewModel(Runnable::run, Runnable::run, Optional::empty, ends::incrementAndGet);
        bar = new SessionBar(model);
    }

    @Test
    void theBarIsPlacedAtTheTopOfTheScreenBeforeItAppears(FxRobot robot) throws Exception {
        // A window manager may place a window where it likes as it appears (metacity put the bar in the
        // middle of the screen): the bar's place goes with it, not after.
        double[] whereShown = new double[2];
        robot.interact(() -> bar.window().showingProperty().addListener((obs, was, now) -> {
            if (now) {
                whereShown[0] = bar.window().getX();
                whereShown[1] = bar.window().getY();
            }
        }));
        robot.interact(() -> model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana."));
        waitFor(5, TimeUnit.SECONDS, () -> bar.window().isShowing());

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertEquals(screen.getMinY() + 4, whereShown[1], 0.5, "the bar appeared away from the top of the screen");
        double centre = whereShown[0] + bar.window().getWidth() / 2;
        assertEquals(screen.getMinX() + screen.getWidth() / 2, centre, 40, "the bar appeared off the middle: x " + whereShown[0]);
    }

    @Test
    void barShowsSharingAndControlWithStop(FxRobot robot) throws Exception {
        robot.interact(() -> model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana."));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#sessionBarText").tryQuery().isPresent());
        assertEquals("Your screen is being shared", robot.lookup("#sessionBarText").queryAs(Label.class).getText());
        assertEquals("_Pause sharing", robot.lookup("#toggleShareButton").queryAs(Button.class).getText());
        assertFalse(robot.lookup("#stopControlButton").queryAs(Button.class).isVisible(), "no control yet");

        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        assertTrue(robot.lookup("#stopControlButton").queryAs(Button.class).isVisible());
        assertEquals("Dana is controlling your computer", robot.lookup("#controlBarText").queryAs(Label.class).getText(),
                "no dash left hanging at the end of a text");

        robot.interact(() -> model.controlChanged(false, "The customer took back control."));
        assertFalse(robot.lookup("#stopControlButton").queryAs(Button.class).isVisible());

        robot.interact(() -> model.stateChanged(CustomerState.NOT_SHARING, "You paused sharing your screen."));
        assertEquals("Your screen is not shared", robot.lookup("#sessionBarText").queryAs(Label.class).getText());
        assertEquals("S_hare screen", robot.lookup("#toggleShareButton").queryAs(Button.class).getText());
    }

    @Test
    void afterControlEndsTheBarSaysTheMouseAndKeyboardAreTheCustomersAgain(FxRobot robot) throws Exception {
        showBar(robot);
        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));

        robot.interact(() -> model.controlChanged(false, "The customer took back control."));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        Label control = robot.lookup("#controlBarText").queryAs(Label.class);
        assertTrue(control.isVisible(), "the bar no longer says who controls the computer");
        assertEquals("You have your mouse and keyboard back", control.getText());
        assertFalse(control.getStyleClass().contains("bar-control-text"), "told in the warning's red");

        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        assertEquals("Dana is controlling your computer", control.getText());
        robot.interact(() -> model.sessionStarting());
        robot.interact(() -> model.controlChanged(false, "The session ended."));
        robot.interact(() -> model.sessionStarting());
        assertFalse(control.isVisible(), "a new session starts with nothing said about control");
    }

    @Test
    void afterStopControlAnotherSpaceDoesNotPauseSharing(FxRobot robot) throws Exception {
        showBar(robot);
        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        Button stop = robot.lookup("#stopControlButton").queryAs(Button.class);
        Button pause = robot.lookup("#toggleShareButton").queryAs(Button.class);
        AtomicInteger paused = new AtomicInteger();
        robot.interact(() -> {
            pause.addEventHandler(javafx.event.ActionEvent.ACTION, e -> paused.incrementAndGet());
            // The customer pressed Stop control from the keyboard: the session takes control back.
            stop.setOnAction(e -> model.controlChanged(false, "The customer took back control."));
            bar.window().requestFocus();
            stop.requestFocus();
        });
        waitFor(5, TimeUnit.SECONDS, stop::isFocused);

        robot.type(KeyCode.SPACE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stop.isVisible());
        javafx.scene.Node focused = bar.window().getScene().getFocusOwner();
        assertEquals("controlBarText", focused == null ? null : focused.getId(),
                "the focus should rest on what the bar now says, where a key does nothing");

        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, paused.get(), "one more key after Stop control paused sharing");
    }

    @Test
    void endSessionIsNeverWhereTheKeyboardFocusLands(FxRobot robot) throws Exception {
        robot.interact(() -> model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana."));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#sessionBarEndButton").tryQuery().isPresent());
        assertFalse(robot.lookup("#sessionBarEndButton").queryAs(Button.class).isFocusTraversable(),
                "a Space meant for something else could end the session");
    }

    @Test
    void closingTheBarAsksFirstAndKeepsTheSessionUnlessTheCustomerSaysYes(FxRobot robot) throws Exception {
        showBar(robot);

        Platform.runLater(() -> bar.window().fireEvent(new WindowEvent(bar.window(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        keptWhenAnswered(robot, () -> robot.type(KeyCode.ENTER)); // the default keeps the session
        assertTrue(bar.window().isShowing(), "the bar went away while the session goes on");

        Platform.runLater(() -> bar.window().fireEvent(new WindowEvent(bar.window(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        endedOnYes(robot);
    }

    @Test
    void endSessionAsksFirstAsTheConsoleDoes(FxRobot robot) throws Exception {
        showBar(robot);

        robot.clickOn("#sessionBarEndButton");
        keptWhenAnswered(robot, () -> robot.clickOn("#keepSessionButton"));

        robot.clickOn("#sessionBarEndButton");
        endedOnYes(robot);
    }

    /** The question is there and nothing has ended yet; {@code keep} answers it, and the session goes on. */
    private void keptWhenAnswered(FxRobot robot, Runnable keep) throws Exception {
        waitForQuestion(robot);
        assertEquals(0, ends.get(), "the session ended before the customer answered");
        keep.run();
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#endSessionQuestion").tryQuery().isEmpty());
        assertEquals(0, ends.get());
    }

    /** The question is there; an explicit Yes ends the session. */
    private void endedOnYes(FxRobot robot) throws Exception {
        waitForQuestion(robot);
        robot.clickOn("#confirmEndButton");
        waitFor(5, TimeUnit.SECONDS, () -> ends.get() == 1);
    }

    @Test
    void aSessionThatEndsMeanwhileTakesTheQuestionAway(FxRobot robot) throws Exception {
        showBar(robot);
        robot.clickOn("#sessionBarEndButton");
        waitForQuestion(robot);

        Platform.runLater(() -> model.stateChanged(CustomerState.ENDED, "Dana ended the session."));

        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#endSessionQuestion").tryQuery().isEmpty());
        assertEquals(0, ends.get(), "a question about a session that is over was taken as an answer");
    }

    @Test
    void stopControlIsOneClickWithNoQuestion(FxRobot robot) throws Exception {
        showBar(robot);
        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));

        robot.clickOn("#stopControlButton");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#endSessionQuestion").tryQuery().isEmpty(), "Stop control must never ask");
        assertEquals(0, ends.get());
    }

    @Test
    void theButtonsStayWhereTheyAreWhenStopControlGoesAndWhenSharingPauses(FxRobot robot) throws Exception {
        showBar(robot);
        robot.moveTo("#toggleShareButton"); // the customer's pointer is on the bar, ready for its buttons
        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double pause = screenX(robot, "#toggleShareButton");
        double end = screenX(robot, "#sessionBarEndButton");

        robot.interact(() -> model.controlChanged(false, "The customer took back control."));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // The pointer that pressed Stop control must not end up on another button.
        assertEquals(pause, screenX(robot, "#toggleShareButton"), 0.5, "Pause sharing moved under the pointer");
        assertEquals(end, screenX(robot, "#sessionBarEndButton"), 0.5, "End session moved under the pointer");

        robot.interact(() -> model.stateChanged(CustomerState.NOT_SHARING, "You paused sharing your screen."));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(end, screenX(robot, "#sessionBarEndButton"), 0.5, "End session moved as sharing paused");

        robot.interact(() -> model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana."));
        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pause, screenX(robot, "#toggleShareButton"), 0.5, "Pause sharing moved as control started again");
        assertEquals(end, screenX(robot, "#sessionBarEndButton"), 0.5, "End session moved as control started again");
    }

    @Test
    void controlStartingAwayFromThePointerLeavesTheBarInTheMiddle(FxRobot robot) throws Exception {
        showBar(robot);
        pointerAway(robot);

        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertCentred("the bar lies left of the middle once control started");
    }

    @Test
    void theWindowManagerFittingItsTitleBarLateIsNotTakenForTheCustomersDrag(FxRobot robot) throws Exception {
        showBar(robot);
        pointerAway(robot);

        robot.interact(() -> bar.window().setY(bar.window().getY() + 35)); // metacity, with a 35-pixel title bar

        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertCentred("the bar kept its right edge as if the customer had moved it");
    }

    @Test
    void underThePointerTheButtonsStayAsControlStartsAndTheBarCentresOnceThePointerLeaves(FxRobot robot)
            throws Exception {
        showBar(robot);
        robot.moveTo("#toggleShareButton");
        double pause = screenX(robot, "#toggleShareButton");

        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pause, screenX(robot, "#toggleShareButton"), 0.5, "Pause sharing jumped under the pointer");

        pointerAway(robot);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertCentred("the bar stayed left of the middle after the pointer left it");
    }

    @Test
    void afterStopControlTheBarFitsItsTextsAndCentresOnceThePointerLeaves(FxRobot robot) throws Exception {
        showBar(robot);
        pointerAway(robot);
        robot.interact(() -> model.controlChanged(true, "Maximiliana Featherstonehaugh is controlling your computer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double inControl = bar.window().getWidth();
        Button stop = robot.lookup("#stopControlButton").queryAs(Button.class);
        robot.interact(() -> stop.setOnAction(e -> model.controlChanged(false, "The customer took back control.")));
        double pause = screenX(robot, "#toggleShareButton");
        double end = screenX(robot, "#sessionBarEndButton");

        robot.clickOn(stop);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pause, screenX(robot, "#toggleShareButton"), 0.5, "Pause sharing moved under the pointer");
        assertEquals(end, screenX(robot, "#sessionBarEndButton"), 0.5, "End session moved under the pointer");

        pointerAway(robot);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertCentred("the bar stayed where it was after the pointer left it");
        assertTrue(bar.window().getWidth() < inControl, "the bar kept the width of control it no longer shows");
        javafx.scene.Node gap = bar.window().getScene().getRoot().getChildrenUnmodifiable().stream()
                .filter(node -> node.getClass() == javafx.scene.layout.Region.class).findFirst().orElseThrow();
        assertEquals(0, gap.getLayoutBounds().getWidth(), 1, "an empty stretch is left where Stop control was");
    }

    @Test
    void aBarTheCustomerMovedStaysWhereTheyPutItAndOnTheScreen(FxRobot robot) throws Exception {
        showBar(robot);
        pointerAway(robot);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double right = screen.getMaxX() - 30;
        robot.interact(() -> {
            bar.window().setX(right - bar.window().getWidth()); // as the window manager reports a drag
            bar.window().setY(screen.getMinY() + 200);
        });

        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(right, bar.window().getX() + bar.window().getWidth(), 0.5, "the bar left where the customer put it");
        assertEquals(screen.getMinY() + 200, bar.window().getY(), 0.5);
        robot.interact(() -> model.controlChanged(false, "The customer took back control."));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(right, bar.window().getX() + bar.window().getWidth(), 0.5, "the bar left where the customer put it");

        robot.interact(() -> bar.window().setX(screen.getMinX() + 10)); // by the left edge: growing must not take it off
        robot.interact(() -> model.controlChanged(true, "Maximiliana Featherstonehaugh-Cholmondeley of Contoso Support"
                + " is controlling your computer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.window().getX() >= screen.getMinX() - 0.5
                && bar.window().getX() + bar.window().getWidth() <= screen.getMaxX() + 0.5,
                "the bar goes off the screen: x " + bar.window().getX() + ", width " + bar.window().getWidth());
    }

    @Test
    void aBarDraggedPartlyOffTheScreenComesBackInsideOnceTheDragEnds(FxRobot robot) throws Exception {
        showBar(robot);
        pointerAway(robot);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();

        robot.interact(() -> bar.window().setY(screen.getMinY() + 200)); // as the window manager reports a drag
        robot.interact(() -> bar.window().setX(screen.getMinX() - 120));

        waitFor(5, TimeUnit.SECONDS, () -> bar.window().getX() >= screen.getMinX());
        assertEquals(screen.getMinX(), bar.window().getX(), 0.5, "pulled further than the screen's edge");
        assertEquals(screen.getMinY() + 200, bar.window().getY(), 0.5, "not left where the customer put it");
    }

    @Test
    void aNewSessionCentresTheBarAgainWhereverTheLastOneWasMoved(FxRobot robot) throws Exception {
        showBar(robot);
        pointerAway(robot);
        robot.interact(() -> bar.window().setX(javafx.stage.Screen.getPrimary().getVisualBounds().getMinX() + 10));
        robot.interact(() -> model.stateChanged(CustomerState.ENDED, "Dana ended the session."));

        showBar(robot);
        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertCentred("the last session's place was kept");
    }

    @Test
    void withALongNameNothingInTheBarIsCutAndItStaysOnTheScreen(FxRobot robot) throws Exception {
        showBar(robot);
        String name = "Maximiliana Alexandrina Featherstonehaugh-Cholmondeley of Contoso Support and Sons";

        robot.interact(() -> model.controlChanged(true, name + " is controlling your computer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        for (Label label : robot.lookup(node -> node instanceof Label && node.isVisible()
                && node.getScene().getWindow() == bar.window()).queryAllAs(Label.class)) {
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) label.lookup(".text");
            assertEquals(label.getText(), drawn == null ? "" : drawn.getText(), "cut short");
            assertTrue(label.getWidth() >= label.minWidth(-1) - 0.5 && label.getHeight() >= label.prefHeight(label.getWidth()) - 0.5,
                    "not given room for its text: " + label.getText());
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(bar.window().getX() >= screen.getMinX() - 0.5
                && bar.window().getX() + bar.window().getWidth() <= screen.getMaxX() + 0.5,
                "the bar goes off the screen: x " + bar.window().getX() + ", width " + bar.window().getWidth());
        javafx.scene.Node end = robot.lookup("#sessionBarEndButton").query();
        assertTrue(end.localToScreen(end.getBoundsInLocal()).getMaxX() <= screen.getMaxX() + 0.5, "End session is off the screen");
    }

    /** The pointer is somewhere on the screen away from the bar. */
    private void pointerAway(FxRobot robot) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        robot.moveTo(new javafx.geometry.Point2D(screen.getMinX() + screen.getWidth() / 2, screen.getMaxY() - 20));
    }

    private void assertCentred(String message) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double centre = bar.window().getX() + bar.window().getWidth() / 2;
        assertEquals(screen.getMinX() + screen.getWidth() / 2, centre, 1, message + ": x " + bar.window().getX()
                + ", width " + bar.window().getWidth());
    }

    /** Where the node's left edge is on the screen (its layout box: a focus ring is drawn outside it). */
    private static double screenX(FxRobot robot, String id) {
        javafx.scene.Node node = robot.lookup(id).query();
        return node.localToScreen(node.getLayoutBounds()).getMinX();
    }

    /** The question is on screen and laid out, ready for a click. */
    private static void waitForQuestion(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#endSessionQuestion").tryQuery()
                .map(question -> question.getScene().getWindow().isShowing()).orElse(false));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void showBar(FxRobot robot) throws Exception {
        robot.interact(() -> model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana."));
        waitFor(5, TimeUnit.SECONDS, () -> bar.window().isShowing());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
