package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The technician's side of the conversation in the console window, over a real session (pairing,
 * encryption, session log) with the customer played by the test: the plan as it is written, the
 * chat with its marks, and the wrap-up.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleWorkspaceTest {
    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private ConsoleViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        customer = new LoopbackCustomer(logs);
        model = customer.model();
        stage.setScene(new Scene(new SessionsView(LoopbackCustomer.window(customer), data).root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeCustomer() {
        customer.close();
    }

    private void connect(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("Alice Martin").type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        customer.join(model.codeProperty().get());
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.CONNECTED);
    }

    @Test
    void planEditsReachTheCustomerInTheOrderTheyWereMade(FxRobot robot) throws Exception {
        connect(robot);
        robot.interact(() -> robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(0));
        for (String title : List.of("Find out why the printer is offline", "Restart the print spooler",
                "Print a test page")) {
            robot.clickOn("#stepTitle").write(title);
            robot.clickOn("#addStepButton");
        }
        @SuppressWarnings("unchecked")
        ListView<PlanStep> steps = robot.lookup("#planSteps").queryAs(ListView.class);
        waitFor(5, TimeUnit.SECONDS, () -> steps.getItems().size() == 3);
        robot.interact(() -> steps.getSelectionModel().select(2));
        robot.clickOn("#stepUpButton");
        robot.clickOn("#stepTitle").eraseText(100).write("Print a test page together");
        robot.clickOn("#saveStepButton");

        List<List<String>> seen = new java.util.ArrayList<>();
        for (long revision = 1; revision <= 5; revision++) {
            ControlMessage.PlanUpdated plan = customer.next(ControlMessage.PlanUpdated.class);
            assertEquals(revision, plan.revision(), "revisions arrive in order");
            seen.add(plan.steps().stream().map(PlanStep::title).toList());
        }
        assertEquals(List.of("Find out why the printer is offline"), seen.get(0));
        assertEquals(List.of("Find out why the printer is offline", "Restart the print spooler", "Print a test page"),
                seen.get(2));
        assertEquals(List.of("Find out why the printer is offline", "Print a test page", "Restart the print spooler"),
                seen.get(3));
        assertEquals(List.of("Find out why the printer is offline", "Print a test page together",
                "Restart the print spooler"), seen.get(4));
        assertEquals("The customer sees the plan (3 steps).", robot.lookup("#planMessage").queryAs(Label.class).getText());
    }

    @Test
    void theEndedSessionsPlanCanNoLongerBeEdited(FxRobot robot) throws Exception {
        connect(robot);
        robot.interact(() -> robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(0));
        robot.clickOn("#stepTitle").write("Restart the print spooler");
        robot.clickOn("#addStepButton");
        customer.next(ControlMessage.PlanUpdated.class);
        robot.interact(model::endSession);
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.ENDED);
        WaitForAsyncUtils.waitForFxEvents(); // the plan hears of the end after the state does

        for (String id : List.of("#stepTitle", "#stepDetail", "#stepAction", "#addStepButton", "#saveStepButton",
                "#stepUpButton", "#stepDownButton", "#removeStepButton", "#stepState", "#runStepButton")) {
            assertTrue(robot.lookup(id).query().isDisabled(), id + " is off once the session has ended");
        }
        assertEquals("The session has ended, so its plan can no longer be changed.",
                robot.lookup("#planMessage").queryAs(Label.class).getText());
    }

    @Test
    void chatGoesBothWaysWithDeliveredAndReadMarks(FxRobot robot) throws Exception {
        connect(robot);
        robot.interact(() -> robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.clickOn("#chatDraft").write("Hello Alice, I can see your screen request.");
        assertEquals(new ControlMessage.ChatTyping(true), customer.next(ControlMessage.ChatTyping.class));
        robot.type(KeyCode.ENTER);
        ControlMessage.ChatSent sent = customer.next(ControlMessage.ChatSent.class);
        assertEquals("Hello Alice, I can see your screen request.", sent.text());

        @SuppressWarnings("unchecked")
        ListView<ChatLine> lines = robot.lookup("#chatLines").queryAs(ListView.class);
        waitFor(5, TimeUnit.SECONDS, () -> lines.getItems().size() == 1
                && lines.getItems().get(0).mark() == ChatLine.Mark.SENT);
        customer.send(new ControlMessage.ChatReceipt(sent.id(), false));
        waitFor(5, TimeUnit.SECONDS, () -> lines.getItems().get(0).mark() == ChatLine.Mark.DELIVERED);
        customer.send(new ControlMessage.ChatReceipt(sent.id(), true));
        waitFor(5, TimeUnit.SECONDS, () -> lines.getItems().get(0).mark() == ChatLine.Mark.READ);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".list-cell").queryAll().stream()
                .filter(cell -> cell instanceof javafx.scene.control.ListCell<?> c && c.getGraphic() != null)
                .flatMap(cell -> robot.from(cell).lookup(".label").queryAll().stream())
                .anyMatch(label -> ((Label) label).getText().endsWith("· read")));

        // Read marks follow what the technician has in front of them: this window, focused, on the chat.
        javafx.stage.Window window = lines.getScene().getWindow();
        robot.interact(() -> {
            ((Stage) window).toFront();
            window.requestFocus();
        });
        waitFor(5, TimeUnit.SECONDS, window::isFocused);
        customer.send(new ControlMessage.ChatTyping(true));
        Label typing = robot.lookup("#customerTypingLabel").queryAs(Label.class);
        waitFor(5, TimeUnit.SECONDS, typing::isVisible);
        customer.send(new ControlMessage.ChatSent("c-1", "Thanks! The printer still says offline."));
        waitFor(5, TimeUnit.SECONDS, () -> lines.getItems().size() == 2);
        assertEquals("Thanks! The printer still says offline.", lines.getItems().get(1).text());
        waitFor(5, TimeUnit.SECONDS, () -> !typing.isVisible());
        assertEquals(new ControlMessage.ChatReceipt("c-1", false), customer.next(ControlMessage.ChatReceipt.class));
        assertEquals(new ControlMessage.ChatReceipt("c-1", true), customer.next(ControlMessage.ChatReceipt.class),
                "read at once: the chat is in front of the technician");
    }

    @Test
    void wrapUpAsksThenShowsTheAnswerTheRatingAndTheFollowUp(FxRobot robot) throws Exception {
        connect(robot);
        robot.clickOn("#wrapUpButton");
        customer.next(ControlMessage.WorkingCheck.class);
        Label status = robot.lookup("#wrapUpStatus").queryAs(Label.class);
        // The label shows and takes its words on the JavaFX thread, one after the other: wait for both.
        waitFor(5, TimeUnit.SECONDS, () -> status.isVisible() && status.getText().startsWith("Asked “Is everything working now?”"));

        customer.send(new ControlMessage.WorkingAnswer("yes"));
        waitFor(5, TimeUnit.SECONDS, () -> status.getText().equals("The customer says everything works now."));
        customer.send(new ControlMessage.RatingGiven(5, "Patient and clear, thank you"));
        Label rating = robot.lookup("#ratingLabel").queryAs(Label.class);
        Label comment = robot.lookup("#ratingComment").queryAs(Label.class);
        waitFor(5, TimeUnit.SECONDS, () -> rating.getText().equals("★★★★★ 5 of 5")
                && comment.getText().equals("Patient and clear, thank you"));
        customer.send(new ControlMessage.FollowUpRequested("Friday afternoon", ""));
        Label followUp = robot.lookup("#followUpLabel").queryAs(Label.class);
        waitFor(5, TimeUnit.SECONDS, () -> followUp.getText().equals("Asked for: Friday afternoon"));

        // The Activity tab shows the same, read from the console's own session log.
        robot.interact(() -> robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(3));
        waitFor(5, TimeUnit.SECONDS, () -> customer.workspace().activity().items().size() >= 6);
        Path log;
        try (var files = Files.walk(logs)) {
            log = files.filter(p -> p.getFileName().toString().equals("technician.log")).findFirst().orElseThrow();
        }
        List<String> types = LogReader.read(log).stream().map(e -> e.type()).toList();
        assertTrue(types.containsAll(List.of(LogEventTypes.CHECK_ASKED, LogEventTypes.CHECK_ANSWERED, LogEventTypes.RATING, LogEventTypes.FOLLOW_UP)),
                types.toString());
    }
}
