package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.session.CustomerState;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The customer's window during a session, over a real conversation: the plan as it changes, the chat
 * both ways with its marks, and Before you go with a rating and Finish.
 */
@ExtendWith(ApplicationExtension.class)
class CompanionViewTest {
    private final AtomicInteger ends = new AtomicInteger();
    private CustomerViewModel model;
    private ConversationFixture fixture;

    @Start
    void start(Stage stage) {
        ConversationFixture[] holder = new ConversationFixture[1];
        model = new CustomerViewModel(Platform::runLater, Runnable::run, () -> Optional.of(holder[0].conversation),
                ends::incrementAndGet);
        holder[0] = new ConversationFixture(model);
        fixture = holder[0];
        CustomerWindow window = new CustomerWindow(stage, model, address -> { });
        stage.setScene(window.scene());
        stage.show();
        model.technicianIdentified(ConversationFixture.DANA);
        model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana Scully.");
    }

    @Test
    void planUpdatesAreShownInOrderWithTheCurrentStep(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#companionView").query().isVisible());
        assertEquals("Dana Scully, Contoso Support — verified", robot.lookup("#companionIdentity").queryAs(Label.class).getText());

        fixture.conversation.handle(new ControlMessage.PlanUpdated(1, List.of(
                ConversationFixture.step("a", "Look at the printer queue", StepState.IN_PROGRESS),
                ConversationFixture.step("b", "Restart the print spooler", StepState.PLANNED))));
        waitForFxEvents();
        assertEquals(List.of("1. Look at the printer queue", "2. Restart the print spooler"), steps(robot));
        assertTrue(robot.lookup("#planStep1").query().getStyleClass().contains("current"));
        assertEquals("Now: Look at the printer queue. After that: Restart the print spooler.",
                robot.lookup("#planNext").queryAs(Label.class).getText());

        fixture.conversation.handle(new ControlMessage.PlanUpdated(2, List.of(
                ConversationFixture.step("a", "Look at the printer queue", StepState.DONE),
                ConversationFixture.step("c", "Clear the stuck job", StepState.IN_PROGRESS),
                ConversationFixture.step("b", "Restart the print spooler", StepState.PLANNED))));
        waitForFxEvents();
        assertEquals(List.of("1. Look at the printer queue", "2. Clear the stuck job", "3. Restart the print spooler"),
                steps(robot));
        assertFalse(robot.lookup("#planStep1").query().getStyleClass().contains("current"));
        assertTrue(robot.lookup("#planStep2").query().getStyleClass().contains("current"));
        assertEquals("Now: Clear the stuck job. After that: Restart the print spooler.",
                robot.lookup("#planNext").queryAs(Label.class).getText());
    }

    @Test
    void chatRoundTripWithDeliveredAndReadMarks(FxRobot robot) throws Exception {
        String theirs = "0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f";
        fixture.conversation.handle(new ControlMessage.ChatSent(theirs, "Hello, I am Dana. I will look at the printer."));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chatMessage-" + theirs).tryQuery().isPresent());
        robot.interact(() -> model.chat().inViewProperty().unbind());
        robot.interact(() -> model.chat().inViewProperty().set(true)); // the window is in front of the customer
        waitFor(5, TimeUnit.SECONDS, () -> fixture.sent(ControlMessage.ChatReceipt.class)
                .contains(new ControlMessage.ChatReceipt(theirs, true)));

        robot.clickOn("#chatInput").write("It says offline");
        robot.type(KeyCode.ENTER);
        waitFor(5, TimeUnit.SECONDS, () -> !fixture.sent(ControlMessage.ChatSent.class).isEmpty());
        ControlMessage.ChatSent mine = fixture.sent(ControlMessage.ChatSent.class).get(0);
        assertEquals("It says offline", mine.text());
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chatMark-" + mine.id()).tryQuery().isPresent());
        assertEquals("Sent", mark(robot, mine.id()));

        fixture.conversation.handle(new ControlMessage.ChatReceipt(mine.id(), false));
        waitFor(5, TimeUnit.SECONDS, () -> "Delivered".equals(mark(robot, mine.id())));
        fixture.conversation.handle(new ControlMessage.ChatReceipt(mine.id(), true));
        waitFor(5, TimeUnit.SECONDS, () -> "Read".equals(mark(robot, mine.id())));
        assertEquals("", robot.lookup("#chatInput").queryTextInputControl().getText());

        fixture.conversation.handle(new ControlMessage.ChatTyping(true));
        waitFor(5, TimeUnit.SECONDS, () -> "Dana Scully is typing…".equals(
                robot.lookup("#chatTyping").queryAs(Label.class).getText()));
    }

    @Test
    void wrapUpThenRatingThenFinishSendsTheRatingAndEndsTheSession(FxRobot robot) throws Exception {
        Platform.runLater(() -> fixture.workingCheckAnswered(true));
        waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#wrapUpAnswer").queryAs(Label.class).getText().isEmpty());
        assertEquals("You said everything is working now.", robot.lookup("#wrapUpAnswer").queryAs(Label.class).getText());
        waitFor(5, TimeUnit.SECONDS, () -> shown(robot.lookup("#finishButton").query()));

        robot.clickOn("#ratingControl");
        robot.type(KeyCode.DIGIT4);
        assertEquals(4, (int) robot.lookup("#ratingControl").queryAs(Rating.class).getRating());
        robot.clickOn("#ratingComment").write("Clear and patient");
        robot.clickOn("#finishButton");

        waitFor(5, TimeUnit.SECONDS, () -> ends.get() == 1);
        assertEquals(List.of(new ControlMessage.RatingGiven(4, "Clear and patient")),
                fixture.sent(ControlMessage.RatingGiven.class));
        assertEquals(List.of(), fixture.sent(ControlMessage.FollowUpRequested.class));
    }

    @Test
    void aMessageSentDuringBeforeYouGoIsShownBesideTheForm(FxRobot robot) throws Exception {
        Platform.runLater(() -> fixture.workingCheckAnswered(true));
        waitFor(5, TimeUnit.SECONDS, () -> shown(robot.lookup("#finishButton").query()));

        String theirs = "5e0c2b7a-1f3d-4a6e-8b9c-2d4e6f8a0b1c";
        fixture.conversation.handle(new ControlMessage.ChatSent(theirs, "One more thing: restart once tonight."));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chatMessage-" + theirs).tryQuery().isPresent());
        waitForFxEvents();

        assertTrue(shown(robot.lookup("#chatMessage-" + theirs).query()), "the message is hidden behind the form");
        assertTrue(shown(robot.lookup("#chatInput").query()), "the customer cannot answer during Before you go");
        assertTrue(shown(robot.lookup("#finishButton").query()), "the form went away");
    }

    @Test
    void aMessageIsReportedReadOnlyOnceTheChatIsOnScreen(FxRobot robot) throws Exception {
        Stage stage = (Stage) robot.lookup("#companionView").query().getScene().getWindow();
        robot.interact(stage::requestFocus);
        waitFor(5, TimeUnit.SECONDS, stage::isFocused);
        Node panel = robot.lookup("#chatPanel").query();
        robot.interact(() -> panel.getParent().setVisible(false)); // something in front of the chat

        String theirs = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
        fixture.conversation.handle(new ControlMessage.ChatSent(theirs, "Can you see this?"));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chatMessage-" + theirs).tryQuery().isPresent());
        waitForFxEvents();
        assertEquals(List.of(new ControlMessage.ChatReceipt(theirs, false)), fixture.sent(ControlMessage.ChatReceipt.class),
                "read before the customer could see it");

        robot.interact(() -> panel.getParent().setVisible(true));
        waitFor(5, TimeUnit.SECONDS, () -> fixture.sent(ControlMessage.ChatReceipt.class)
                .contains(new ControlMessage.ChatReceipt(theirs, true)));
    }

    @Test
    void afterStopControlInTheWindowTheFocusRestsOnWhatSaysControlIsBack(FxRobot robot) throws Exception {
        Platform.runLater(() -> model.controlChanged(true, "Dana Scully is controlling your computer"));
        waitFor(5, TimeUnit.SECONDS, () -> shown(robot.lookup("#companionStopControlButton").query()));
        javafx.scene.control.Button stop = robot.lookup("#companionStopControlButton").queryButton();
        javafx.scene.control.Button pause = robot.lookup("#companionShareButton").queryButton();
        AtomicInteger paused = new AtomicInteger();
        robot.interact(() -> {
            pause.addEventHandler(javafx.event.ActionEvent.ACTION, e -> paused.incrementAndGet());
            stop.setOnAction(e -> model.controlChanged(false, "The customer took back control."));
        });

        robot.clickOn(stop);
        waitFor(5, TimeUnit.SECONDS, () -> !stop.isVisible());
        waitForFxEvents();
        Node focused = stop.getScene().getFocusOwner();
        assertEquals("companionControl", focused == null ? null : focused.getId());
        assertEquals("You have your mouse and keyboard back", robot.lookup("#companionControl").queryAs(Label.class).getText());

        robot.type(KeyCode.SPACE);
        waitForFxEvents();
        assertEquals(0, paused.get(), "one more Space after Stop control paused sharing");
    }

    @Test
    void afterStopControlInTheWindowPauseSharingDoesNotSlideUnderThePointer(FxRobot robot) throws Exception {
        Platform.runLater(() -> model.controlChanged(true, "Dana Scully is controlling your computer"));
        waitFor(5, TimeUnit.SECONDS, () -> shown(robot.lookup("#companionStopControlButton").query()));
        javafx.scene.control.Button stop = robot.lookup("#companionStopControlButton").queryButton();
        javafx.scene.control.Button pause = robot.lookup("#companionShareButton").queryButton();
        robot.interact(() -> stop.setOnAction(e -> model.controlChanged(false, "The customer took back control.")));
        double stopAt = screenX(stop);
        double pauseAt = screenX(pause);

        robot.clickOn(stop);
        waitFor(5, TimeUnit.SECONDS, () -> !stop.isVisible());
        waitForFxEvents();
        assertEquals(pauseAt, screenX(pause), 0.5, "Pause sharing slid under the pointer that pressed Stop control");

        robot.moveTo("#companionIdentity");
        waitForFxEvents();
        assertEquals(stopAt, screenX(pause), 0.5, "the room Stop control left stays empty after the pointer left");
    }

    private static double screenX(Node node) {
        return node.localToScreen(node.getLayoutBounds()).getMinX();
    }

    private static List<String> steps(FxRobot robot) {
        VBox steps = robot.lookup("#planSteps").queryAs(VBox.class);
        return steps.getChildren().stream().map(node -> {
            HBox row = (HBox) node;
            Label number = (Label) row.getChildren().get(0);
            Label title = (Label) ((VBox) row.getChildren().get(1)).getChildren().get(0);
            return number.getText() + " " + title.getText();
        }).toList();
    }

    /** The node and every parent are visible. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String mark(FxRobot robot, String id) {
        Optional<Node> node = robot.lookup("#chatMark-" + id).tryQuery();
        return node.map(found -> ((Label) found).getText()).orElse("");
    }
}
