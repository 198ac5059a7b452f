package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.time.Clock;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.customer.session.CustomerControl;
import org.tandem.customer.session.CustomerSession;
import org.tandem.shared.message.InputEvent;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.testing.PatternFrameSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConnectViewTest {
    private final CompletableFuture<String> joinedNameplate = new CompletableFuture<>();
    private CustomerViewModel model;

    @Start
    void start(Stage stage) {
        model = new CustomerViewModel(Platform::runLater);
        ScreenSharer sharer = new ScreenSharer(() -> new PatternFrameSource(10, 10), TileScreenEncoder::new, Duration.ZERO);
        var worker = Executors.newSingleThreadExecutor();
        CustomerControl control = new CustomerControl(new InputInjector() {
            @Override
            public void inject(InputEvent event) {
                throw new AssertionError("nothing may be injected here");
            }

            @Override
            public void releaseAll() {
            }
        }, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE, model::controlChanged);
        model.attach(new CustomerSession(new CustomerSession.Parts(code -> {
            joinedNameplate.complete(code.nameplate());
            throw new IOException("The relay at 127.0.0.1:4022 did not answer within 15 s");
        }, (hello, transcript) -> new IdentityVerdict.Unverified("", "", "test"), sharer, control,
                id -> { throw new IOException("no log in this test"); },
                (journal, consent, listener) -> { throw new AssertionError("no actions in this test"); },
                request -> CompletableFuture.completedFuture(false)),
                model, worker, Duration.ofSeconds(60)));
        stage.setScene(new Scene(new ConnectView(model).root(), 480, 340));
        stage.show();
    }

    @Test
    void connectIsOfferedOnlyForACodeThatLooksRight(FxRobot robot) {
        Button connect = robot.lookup("#connectButton").queryButton();
        assertTrue(connect.isDisabled(), "no code yet");
        robot.clickOn("#codeField").write("48x");
        assertTrue(connect.isDisabled(), "letters are not a code");
        robot.interact(() -> robot.lookup("#codeField").queryAs(TextField.class).clear());
        robot.clickOn("#codeField").write("482");
        assertTrue(connect.isDisabled(), "the nameplate alone is not the whole code");
        robot.interact(() -> robot.lookup("#codeField").queryAs(TextField.class).clear());
        robot.clickOn("#codeField").write("482 193-775");
        assertFalse(connect.isDisabled(), "spaces and dashes are fine");
        robot.interact(() -> robot.lookup("#codeField").queryAs(TextField.class).clear());
        robot.clickOn("#codeField").write("482193775");
        assertFalse(connect.isDisabled(), "so are no gaps at all");
    }

    @Test
    void theHintUnderTheFieldFollowsTheTyping(FxRobot robot) {
        Label hint = robot.lookup("#codeHintLabel").queryAs(Label.class);
        robot.clickOn("#codeField").write("4821937");
        assertEquals("482-193 7 — 2 more digits", hint.getText());
        assertTrue(robot.lookup("#connectButton").queryButton().isDisabled());
        robot.write("75");
        assertEquals("482-193 775 — press Connect.", hint.getText());
        assertFalse(robot.lookup("#connectButton").queryButton().isDisabled());
    }

    @Test
    void theExamplesHaveTheShapeOfTheCodesTechniciansReadOut(FxRobot robot) {
        TextField field = robot.lookup("#codeField").queryAs(TextField.class);
        Label hint = robot.lookup("#codeHintLabel").queryAs(Label.class);

        for (String example : new String[] {field.getPromptText(), hint.getText()}) {
            java.util.regex.Matcher digits = java.util.regex.Pattern.compile("[0-9][0-9 -]*[0-9]").matcher(example);
            assertTrue(digits.find(), "no code in " + example);
            SessionCode code = SessionCode.parse(digits.group());
            assertEquals(SessionCode.RELAY_NAMEPLATE_DIGITS, code.nameplate().length(), "not the shape of a real code: " + example);
            assertEquals(code.display(), digits.group(), "not grouped as a technician reads it out: " + example);
        }
    }

    @Test
    void aCodeThatCannotBeRightIsMarkedOnTheFieldItself(FxRobot robot) {
        TextField field = robot.lookup("#codeField").queryAs(TextField.class);
        robot.clickOn("#codeField").write("482");
        waitForStyle(field, false);
        robot.write("x");
        waitForStyle(field, true);
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        waitForStyle(field, false);
    }

    private static void waitForStyle(TextField field, boolean marked) {
        try {
            waitFor(5, TimeUnit.SECONDS, () -> field.getStyleClass().contains("error") == marked);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the code field " + (marked ? "was not" : "was still") + " marked as wrong: "
                    + field.getStyleClass(), e);
        }
    }

    @Test
    void connectingJoinsByTheTypedCodeAndExplainsAFailure(FxRobot robot) throws Exception {
        robot.clickOn("#codeField").write("482-193 775");
        robot.clickOn("#connectButton");
        assertEquals("482", joinedNameplate.get(10, TimeUnit.SECONDS));
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Could not connect to your technician"));
        assertFalse(status.getText().contains("127.0.0.1"), "raw failure text shown: " + status.getText());
    }

    @Test
    void typingAnotherCodeTakesTheLastFailureAway(FxRobot robot) throws Exception {
        robot.clickOn("#codeField").write("482-193 775");
        robot.clickOn("#connectButton");
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Could not connect to your technician"));

        robot.clickOn("#codeField").type(javafx.scene.input.KeyCode.BACK_SPACE);

        assertEquals("", status.getText(), "the failure of the last code is still shown");
    }

    @Test
    void afterASessionTheCodeFieldIsEmptyAndReadyForTheNextCode(FxRobot robot) throws Exception {
        robot.clickOn("#codeField").write("482-193 775");
        model.stateChanged(org.tandem.customer.session.CustomerState.CONNECTED, "Connected securely.");
        model.stateChanged(org.tandem.customer.session.CustomerState.SHARING, "Your screen is being shared.");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#codeField").queryAs(TextField.class);
        assertTrue(field.isDisabled(), "the code cannot be changed during a session");
        model.stateChanged(org.tandem.customer.session.CustomerState.ENDED, "You ended the session.");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        waitFor(5, TimeUnit.SECONDS, field::isFocused);
        assertEquals("", field.getText());
        assertTrue(robot.lookup("#connectButton").queryButton().isDisabled(), "Connect offered without a code");
    }

    @Test
    void inASmallWindowNoTextIsCutAndTheLastLineCanBeReached(FxRobot robot) {
        Label title = robot.lookup("#titleLabel").queryAs(Label.class);
        Stage stage = (Stage) title.getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(320);
            stage.setHeight(260);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        for (Label label : robot.lookup(node -> node instanceof Label && shown(node)).queryAllAs(Label.class)) {
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) label.lookup(".text");
            assertEquals(label.getText(), drawn == null ? "" : drawn.getText(), "cut short");
        }
        assertTrue(title.localToScene(title.getBoundsInLocal()).getMinY() >= 0, "the heading is cut off at the top");
        Label last = robot.lookup(node -> node instanceof Label shown && Texts.get("connect.privacy").equals(shown.getText()))
                .queryAs(Label.class);
        robot.interact(() -> {
            for (javafx.scene.Node up = last; up != null; up = up.getParent()) {
                if (up instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                }
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds bounds = last.localToScene(last.getBoundsInLocal());
        assertTrue(bounds.getMinY() >= 0 && bounds.getMaxY() <= stage.getScene().getHeight(),
                "the last line cannot be reached: " + bounds + " in a scene " + stage.getScene().getHeight() + " high");
    }

    /** Whether the node and everything it is in are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
