package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.pairing.PairingException;
import org.tandem.shared.pairing.SessionCode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Who the session is for is typed at New session; after a wrong code, one click gives a fresh one for them. */
@ExtendWith(ApplicationExtension.class)
class NewCodeTest {
    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private ConsoleViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        customer = new LoopbackCustomer(logs);
        model = customer.model();
        scene = new Scene(new SessionsView(LoopbackCustomer.window(customer), data).root(), 1100, 700);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeCustomer() {
        customer.close();
    }

    @Test
    void theCustomerTypedAtNewSessionNamesTheSession(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("Alice Martin").type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        assertEquals("Alice Martin", model.sessionCustomerProperty().get());
        assertEquals("Session code for Alice Martin — read it to them",
                robot.lookup("#codeCaption").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#customerField").queryAs(javafx.scene.control.TextField.class).getText(),
                "ready for the next customer, in a tab of their own");
    }

    @Test
    void aWrongCodeOffersAFreshOneForTheSameCustomerAtOnce(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("Ticket 4711");
        robot.clickOn("#newSessionButton");
        Label code = robot.lookup("#codeLabel").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        String burned = code.getText();
        Button newCode = robot.lookup("#newCodeButton").queryButton();
        assertFalse(newCode.isVisible(), "nothing to offer while the code is good");

        PairingException refused = assertThrows(PairingException.class, () -> customer.join(typo(burned)));
        assertTrue(refused.codeMismatch());
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.ENDED);
        waitFor(5, TimeUnit.SECONDS, newCode::isVisible);
        waitFor(5, TimeUnit.SECONDS, newCode::isFocused);
        String status = robot.lookup("#statusLabel").queryAs(Label.class).getText();
        assertTrue(status.startsWith("The code did not match"), status);
        String button = newCode.getText().replace("_", "");
        assertTrue(status.contains("press " + button + " "), "the words name the button beside them: " + status);

        robot.type(KeyCode.SPACE); // the one key press: the button has the focus
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER
                && !code.getText().isEmpty());
        assertNotEquals(burned, code.getText());
        assertEquals("Ticket 4711", model.sessionCustomerProperty().get(), "the same customer");
        assertFalse(newCode.isVisible());

        customer.join(code.getText());
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.CONNECTED);
    }

    @Test
    void endingTheSessionYourselfOffersNoNewCode(FxRobot robot) throws Exception {
        robot.clickOn("#newSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        robot.clickOn("#endSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.ENDED);
        assertFalse(robot.lookup("#newCodeButton").queryButton().isVisible());
    }

    /** The shown code with its last digit changed, as a customer mishearing one digit would type it. */
    private static String typo(String shown) {
        SessionCode code = SessionCode.parse(shown);
        String secret = code.secret();
        char last = secret.charAt(secret.length() - 1);
        return code.nameplate() + "-" + secret.substring(0, secret.length() - 1)
                + String.format(Locale.ROOT, "%d", (last - '0' + 1) % 10);
    }
}
