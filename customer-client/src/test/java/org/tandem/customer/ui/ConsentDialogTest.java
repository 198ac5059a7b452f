package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.desktop.ui.TitleRoom;
import org.tandem.shared.identity.IdentityVerdict;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConsentDialogTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private static final IdentityVerdict VERIFIED = new IdentityVerdict.Verified("Dana Scully", "Contoso Support");

    private CompletableFuture<Boolean> ask(FxRobot robot, IdentityVerdict technician, Duration timeout) {
        return ask(robot, ConsentRequest.Kind.SESSION, technician, timeout);
    }

    private CompletableFuture<Boolean> ask(FxRobot robot, ConsentRequest.Kind kind, IdentityVerdict technician,
            Duration timeout) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        robot.interact(() -> new ConsentDialog(owner, new ConsentRequest(kind, technician, timeout), answer).show());
        return answer;
    }

    private CompletableFuture<Boolean> ask(FxRobot robot, Duration timeout) {
        return ask(robot, VERIFIED, timeout);
    }

    @Test
    void theCustomerCanStillWriteToTheTechnicianWhileAQuestionIsOpen(FxRobot robot) throws Exception {
        javafx.scene.control.TextField chat = new javafx.scene.control.TextField();
        chat.setId("chatField");
        robot.interact(() -> {
            owner.setX(0);
            owner.setY(0);
            owner.setWidth(900);
            owner.setHeight(700);
            ((StackPane) owner.getScene().getRoot()).getChildren().add(chat);
            StackPane.setAlignment(chat, javafx.geometry.Pos.TOP_LEFT);
            chat.setMaxWidth(200);
        });
        CompletableFuture<Boolean> answer = ask(robot, ConsentRequest.Kind.CONTROL, VERIFIED, Duration.ofSeconds(60));
        Window prompt = robot.lookup("#consentQuestion").query().getScene().getWindow();

        robot.clickOn(chat).write("what will it close?");

        assertEquals(javafx.stage.Modality.NONE, ((Stage) prompt).getModality(),
                "a modal question blocks the customer's window (in the test's headless toolkit too)");
        assertEquals("what will it close?", chat.getText(), "the question must not take the chat away");
        assertTrue(prompt.isShowing(), "the question stays open meanwhile");
        assertFalse(answer.isDone(), "and unanswered");
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void thePromptOpensOverTheCustomersWindowNotInTheMiddleOfTheScreen(FxRobot robot) throws Exception {
        robot.interact(() -> {
            owner.setX(0);
            owner.setY(0);
            owner.setWidth(640);
            owner.setHeight(480);
        });
        CompletableFuture<Boolean> answer = ask(robot, Duration.ofSeconds(60));
        Window prompt = robot.lookup("#consentQuestion").query().getScene().getWindow();

        assertEquals(owner.getX() + owner.getWidth() / 2, prompt.getX() + prompt.getWidth() / 2, 2, "across");
        assertEquals(owner.getY() + owner.getHeight() / 2, prompt.getY() + prompt.getHeight() / 2, 2, "down");
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void everyPromptIsWideEnoughToShowItsTitleWhole(FxRobot robot) throws Exception {
        IdentityVerdict longName = new IdentityVerdict.Verified("Dana Katherine Scully-Mulder", "Contoso Support");
        List<ConsentRequest> questions = List.of(
                new ConsentRequest(ConsentRequest.Kind.SESSION, longName, Duration.ofSeconds(60)),
                new ConsentRequest(ConsentRequest.Kind.CONTROL, longName, Duration.ofSeconds(60)),
                ConsentRequest.forAction(longName, Duration.ofSeconds(60),
                        "Uninstall “LibreOffice Productivity Suite” version 24.2.7.2 (612 MB)", "It is removed.", "r1"),
                ConsentRequest.forPlanStep(longName, Duration.ofSeconds(60),
                        "Reinstall the printer driver from the manufacturer’s website", "", "s1"),
                new ConsentRequest(ConsentRequest.Kind.WORKING_CHECK, longName, Duration.ofSeconds(60)));
        for (ConsentRequest question : questions) {
            CompletableFuture<Boolean> answer = new CompletableFuture<>();
            robot.interact(() -> new ConsentDialog(owner, question, answer).show());
            Stage prompt = (Stage) robot.lookup("#consentQuestion").query().getScene().getWindow();
            AtomicReference<Double> needed = new AtomicReference<>();
            robot.interact(() -> needed.set(TitleRoom.widthFor(prompt.getTitle())));

            assertTrue(prompt.getWidth() >= needed.get(), "“" + prompt.getTitle() + "” needs " + needed.get()
                    + " pixels; the prompt is " + prompt.getWidth());
            robot.clickOn("#denyButton");
            assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void verifiedTechnicianIsNamedWithTheOrganisation(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, Duration.ofSeconds(60));
        assertEquals("Dana Scully, Contoso Support — verified",
                robot.lookup("#consentIdentity").queryAs(Label.class).getText());
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void unverifiedTechnicianComesWithTheScamWarningBeforeAnyShare(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, new IdentityVerdict.Unverified("Dana Scully", "Contoso Support",
                "it was issued by an organisation this computer does not trust"), Duration.ofSeconds(60));
        String warning = robot.lookup("#consentIdentity").queryAs(Label.class).getText();
        assertTrue(warning.contains("cannot be verified"), warning);
        assertTrue(warning.contains("Did you contact this company yourself? If someone called you unexpectedly, "
                + "end this session."), warning);
        assertTrue(robot.lookup("#consentDetail").queryAs(Label.class).getText().startsWith(
                "If you start it, the person on the other end will see your screen"));
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void promptNamesTheTechnicianAndAllowAnswersYes(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, Duration.ofSeconds(60));
        assertEquals("Start the session with Dana Scully?",
                robot.lookup("#consentQuestion").queryAs(Label.class).getText());
        String detail = robot.lookup("#consentDetail").queryAs(Label.class).getText();
        assertTrue(detail.startsWith("If you start it, Dana Scully will see your screen and basic information"), detail);
        assertTrue(detail.contains("Controlling your mouse and keyboard, scans and any change each need a separate yes"),
                detail);
        armed(robot);
        robot.clickOn("#allowButton");
        assertEquals(Boolean.TRUE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void controlPromptNamesWhatIsAskedAndHowToTakeItBack(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, ConsentRequest.Kind.CONTROL, VERIFIED, Duration.ofSeconds(60));
        assertEquals("Let the technician control your mouse and keyboard?",
                robot.lookup("#consentQuestion").queryAs(Label.class).getText());
        String detail = robot.lookup("#consentDetail").queryAs(Label.class).getText();
        assertTrue(detail.startsWith("Dana Scully asks to control your mouse and keyboard"), detail);
        assertTrue(robot.lookup("#consentCountdown").queryAs(Label.class).getText()
                .startsWith("If you do not answer, the technician will not get control"));
        armed(robot);
        robot.clickOn("#allowButton");
        assertEquals(Boolean.TRUE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void actionPromptShowsTheExactTargetAndEffect(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        robot.interact(() -> new ConsentDialog(owner, ConsentRequest.forAction(VERIFIED, Duration.ofSeconds(60),
                "Uninstall “foo” version 1.2 (3 MB)", "This removes the program from this computer.", "r1"), answer).show());
        assertEquals("Uninstall “foo” version 1.2 (3 MB)?", robot.lookup("#consentQuestion").queryAs(Label.class).getText());
        assertEquals("Dana Scully asks to do this on your computer. This removes the program from this computer.",
                robot.lookup("#consentDetail").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#consentCountdown").queryAs(Label.class).getText()
                .startsWith("If you do not answer, nothing is done"));
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void allowCannotBePressedInTheFirstSecond(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, Duration.ofSeconds(60));
        Button allow = robot.lookup("#allowButton").queryAs(Button.class);
        assertTrue(allow.isDisabled(), "Allow is live the moment the prompt appears");
        robot.clickOn(allow);
        assertFalse(answer.isDone(), "a click meant for something else answered the prompt");
        armed(robot);
        robot.clickOn(allow);
        assertEquals(Boolean.TRUE, answer.get(5, TimeUnit.SECONDS));
    }

    /** Waits until Allow can be pressed (it cannot in the prompt's first second). */
    private static void armed(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#allowButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void isEverythingWorkingIsAnsweredYesOrNoNotAllowOrDeny(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, ConsentRequest.Kind.WORKING_CHECK, VERIFIED, Duration.ofSeconds(60));
        assertEquals("Is everything working now?", robot.lookup("#consentQuestion").queryAs(Label.class).getText());
        assertEquals("Yes", robot.lookup("#allowButton").queryAs(Button.class).getText().replace("_", ""));
        assertEquals("No", robot.lookup("#denyButton").queryAs(Button.class).getText().replace("_", ""));
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void denyIsTheDefaultButton(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, Duration.ofSeconds(60));
        assertTrue(robot.lookup("#denyButton").queryAs(Button.class).isDefaultButton());
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void unansweredPromptEndsWithNoAnswerByItself(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, Duration.ofSeconds(1));
        assertEquals(null, answer.get(10, TimeUnit.SECONDS), "no answer, which the session takes as no");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#allowButton").tryQuery().isEmpty());
    }
}
