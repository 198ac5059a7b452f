package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.RunningAction;
import org.tandem.shared.action.ActionRisk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While an action the customer allowed runs on their computer, their window shows it running, with its
 * progress, and a Stop that goes to the session (or says that it cannot be stopped); a key stops it too,
 * and F1 lists that key.
 */
@ExtendWith(ApplicationExtension.class)
class RunningActionsViewTest {
    private static final RunningAction MEASURING = new RunningAction("r1", "Measure what fills “/”", ActionRisk.SCAN,
            true, -1, "12,000 files measured; now in /usr/lib");
    private final List<String> stopped = new CopyOnWriteArrayList<>();
    private CustomerViewModel model;

    @Start
    void start(Stage stage) {
        model = new CustomerViewModel(Platform::runLater, Runnable::run, Optional::empty, () -> { }, stopped::add);
        CustomerWindow window = new CustomerWindow(stage, model, address -> { });
        stage.setScene(window.scene());
        stage.show();
        model.technicianIdentified(ConversationFixture.DANA);
        model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana Scully.");
    }

    @AfterEach
    void closeSheets() {
        Platform.runLater(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(window -> window.getScene() != null && window.getScene().lookup("#shortcutSheet") != null)
                .forEach(Window::hide));
    }

    private void running(FxRobot robot, RunningAction... now) {
        model.actionsRunning(List.of(now));
        waitForFxEvents();
    }

    @Test
    void aScanThatRunsShowsWhatItIsItsProgressAndAStopThatGoesToTheSession(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#companionView").query().isVisible());
        assertFalse(robot.lookup("#runningActions").query().isVisible(), "shown with nothing running");

        running(robot, MEASURING);

        Node panel = robot.lookup("#runningActions").query();
        assertTrue(panel.isVisible());
        List<String> words = texts(robot.lookup("#running-r1").queryAs(Parent.class));
        assertTrue(words.contains("Measure what fills “/”"), words.toString());
        assertTrue(words.contains("12,000 files measured; now in /usr/lib"), words.toString());
        assertTrue(robot.lookup("#running-r1 .progress-bar").queryAs(ProgressBar.class).isIndeterminate(),
                "a scan that does not say how far it is shows a fixed bar");
        Button stop = robot.lookup("#running-r1 .stop-action").queryButton();
        assertEquals("Stop the scan", stop.getText());
        assertTrue(stop.isVisible());

        robot.clickOn(stop);

        waitFor(5, TimeUnit.SECONDS, () -> stopped.equals(List.of("r1")));
        assertEquals("Stopping…", stop.getText());
        assertTrue(stop.isDisabled(), "a second Stop could be pressed");
        assertTrue(robot.lookup("#chatInput").query().isFocused(), "the keyboard went on to another button");
        robot.clickOn(stop);
        assertEquals(List.of("r1"), stopped, "stopped twice");

        running(robot, new RunningAction("r1", MEASURING.what(), ActionRisk.SCAN, true, 40, "still measuring"));
        assertEquals("Stopping…", stop.getText(), "progress took the stopping back");
        running(robot);
        assertFalse(panel.isVisible(), "the stopped scan still shows");
    }

    @Test
    void anUninstallThatRunsHasNoStopAndSaysItCannotBeStopped(FxRobot robot) throws Exception {
        running(robot, new RunningAction("r2", "Uninstall “foo” version 1.2", ActionRisk.CHANGE, false, 40, "removing"));

        List<String> words = texts(robot.lookup("#running-r2").queryAs(Parent.class));
        assertTrue(words.contains("40% done — removing"), words.toString());
        assertTrue(words.contains(Texts.get("running.cannotStop")), words.toString());
        assertFalse(robot.lookup("#running-r2 .stop-action").queryButton().isVisible(), "a Stop that cannot stop");
        assertEquals(0.4, robot.lookup("#running-r2 .progress-bar").queryAs(ProgressBar.class).getProgress(), 0.001);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForFxEvents();
        assertEquals(List.of(), stopped, "the key stopped what cannot be stopped");
    }

    @Test
    void theStopKeyStopsWhatRunsAndF1ListsIt(FxRobot robot) throws Exception {
        running(robot, MEASURING);
        robot.clickOn("#chatInput");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);

        waitFor(5, TimeUnit.SECONDS, () -> stopped.equals(List.of("r1")));
        robot.type(KeyCode.F1);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutSheet").tryQuery().isPresent());
        List<String> sheet = texts(robot.lookup("#shortcutSheet").queryAs(Parent.class));
        int at = sheet.indexOf(Shortcuts.shown(Shortcuts.STOP_ACTIONS));
        assertTrue(at >= 0, "F1 does not list the key: " + sheet);
        assertEquals(Texts.get("keys.stopActions"), sheet.get(at + 1));
    }

    @Test
    void endingTheSessionSaysWhatRunsStopsToo(FxRobot robot) throws Exception {
        running(robot, MEASURING);
        robot.clickOn("#companionEndButton");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#endSessionQuestion").tryQuery()
                .map(question -> question.getScene().getWindow().isShowing()).orElse(false));

        String words = robot.lookup("#endSessionQuestion").queryAs(javafx.scene.control.DialogPane.class).getContentText();

        robot.clickOn("#keepSessionButton");
        assertTrue(words.endsWith(Texts.get("end.running.stops")), words);
    }

    private static List<String> texts(Parent parent) {
        List<String> texts = new ArrayList<>();
        for (Node node : parent.getChildrenUnmodifiable()) {
            if (node instanceof Label label && node.isVisible()) {
                texts.add(label.getText());
            } else if (node instanceof Parent inner && !(node instanceof Button)) {
                texts.addAll(texts(inner));
            }
        }
        return texts;
    }
}
