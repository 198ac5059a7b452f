package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A real session loses its connection: the session's tab shows "Reconnecting to Alice Martin… m:ss"
 * counting down, control has ended, and Cancel (by mouse or keyboard) ends the session.
 */
@ExtendWith(ApplicationExtension.class)
class ReconnectingBannerTest {
    private static final Pattern COUNTDOWN = Pattern.compile("Reconnecting to Alice Martin… (\\d):(\\d\\d)");

    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private ConsoleViewModel model;
    private SessionsViewModel sessions;

    @Start
    void start(Stage primary) throws Exception {
        customer = new LoopbackCustomer(logs, Duration.ofMinutes(2));
        model = customer.model();
        sessions = LoopbackCustomer.window(customer);
        Stage console = new Stage();
        console.setScene(new Scene(new SessionsView(sessions, data).root(), 1100, 700));
        console.show();
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        customer.close();
        robot.interact(() -> Window.getWindows().stream().toList().forEach(Window::hide));
    }

    @Test
    void aLostConnectionShowsTheCountdownAndCancelEndsTheSession(FxRobot robot) throws Exception {
        connectInControl(robot);
        assertFalse(banner(robot).isVisible(), "no banner while the connection holds");

        customer.cut();

        // The banner's text is filled in on the FX thread right after it shows.
        waitFor(10, TimeUnit.SECONDS, () -> banner(robot).isVisible() && !countdown(robot).isEmpty());
        String first = countdown(robot);
        assertTrue(COUNTDOWN.matcher(first).matches(), first);
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.VIEW_ONLY);
        assertEquals("reconnecting", sessions.tabs().get(0).badgeProperty().get());
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#statusLabel").queryAs(Label.class).getText()
                .startsWith("Connection lost; reconnecting…"));
        waitFor(5, TimeUnit.SECONDS, () -> secondsLeft(countdown(robot)) < secondsLeft(first));
        waitFor(10, TimeUnit.SECONDS, () -> workspace().activity().items().stream()
                .anyMatch(item -> item.what().equals("Connection lost; reconnecting")));

        robot.clickOn("#cancelReconnectingButton");

        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.ENDED);
        waitFor(5, TimeUnit.SECONDS, () -> !banner(robot).isVisible());
        assertEquals("ended", sessions.tabs().get(0).badgeProperty().get());
    }

    @Test
    void cancelIsReachedAndPressedFromTheKeyboard(FxRobot robot) throws Exception {
        connectInControl(robot);
        customer.cut();
        waitFor(10, TimeUnit.SECONDS, () -> banner(robot).isVisible());
        Button cancel = robot.lookup("#cancelReconnectingButton").queryButton();
        assertTrue(cancel.isFocusTraversable());
        assertEquals("Stop reconnecting and end the session, as End session does", cancel.getTooltip().getText());

        robot.interact(cancel::requestFocus);
        waitFor(5, TimeUnit.SECONDS, cancel::isFocused);
        robot.type(KeyCode.SPACE);

        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.ENDED);
        assertFalse(banner(robot).isVisible());
    }

    private void connectInControl(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#customerField").queryAs(TextField.class).setText("Alice Martin"));
        customer.sharesWithTheConsole(robot);
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);
        customer.send(new ControlMessage.ControlGranted());
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.IN_CONTROL);
    }

    private ConsoleWorkspace workspace() {
        return sessions.tabs().get(0).workspace();
    }

    private static Node banner(FxRobot robot) {
        return robot.lookup("#reconnectingBanner").query();
    }

    private static String countdown(FxRobot robot) {
        return robot.lookup("#reconnectingText").queryAs(Label.class).getText();
    }

    private static int secondsLeft(String text) {
        java.util.regex.Matcher matcher = COUNTDOWN.matcher(text);
        if (!matcher.matches()) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
    }
}
