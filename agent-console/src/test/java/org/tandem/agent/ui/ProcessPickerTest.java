package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.ParameterSpec;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The program to end is picked by its name from what the running-programs list found, narrowed by
 * typing; the customer's computer is sent its process id. Before that list has run, the picker says to
 * run it first.
 */
@ExtendWith(ApplicationExtension.class)
class ProcessPickerTest extends LoopbackConsoleTest {
    private static final ActionDescriptor RUNNING = new ActionDescriptor("running-processes", "List running programs",
            ActionRisk.READ, "Reads which programs are running. Changes nothing.", false, true, "", List.of());
    private static final ActionDescriptor END = new ActionDescriptor("end-process", "End a running program",
            ActionRisk.CHANGE, "Asks the one program the customer allows to close.", false, true, "",
            List.of(new ParameterSpec("pid", "Process id", ParameterSpec.Kind.PROCESS, true)));

    @Start
    void start(Stage stage) {
        show(stage, 1100, 750);
    }

    @Test
    void theProgramToEndIsPickedByNameFromTheRunningProgramsAndSentByItsProcessId(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        customer.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12", List.of(RUNNING, END)));
        waitFor(10, TimeUnit.SECONDS, () -> customer.workspace().plan().catalog().size() == 2);
        waitForFxEvents();
        robot.clickOn("#actionsTab");
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(END));
        waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#param-pid").queryAs(ComboBox.class);
        assertEquals("Run “List running programs” first to pick one", picker.getPromptText(),
                "before the list has run, the technician is told to run it, by the name the customer's side gives it");
        assertTrue(robot.lookup("#runActionButton").queryButton().isDisabled());

        // The list, run from the Actions tab, as the customer's side answers it (Linux: PID, Name, User, ...).
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(RUNNING));
        robot.clickOn("#runActionButton");
        ActionRequest listed = customer.next(ControlMessage.ActionRequested.class).request();
        assertEquals("running-processes", listed.actionId());
        List<String> columns = List.of("PID", "Name", "User", "Processor now", "Processor time", "Memory");
        List<List<String>> rows = List.of(
                List.of("4242", "firefox", "alice", "12.0 %", "3 minutes", "812 MB"),
                List.of("5150", "walk3-popups", "alice", "40.1 %", "9 minutes", "96 MB"),
                List.of("4377", "firefox", "alice", "1.0 %", "20 seconds", "240 MB"),
                List.of("812", "Xorg", "root", "0.5 %", "1 minute", "80 MB"));
        customer.send(new ControlMessage.ActionFinished(new ActionResult(listed.requestId(),
                ActionResult.Outcome.SUCCEEDED, ActionResult.NO_EXIT_STATUS, "87 programs are running.", List.of(), 0,
                new ActionTable(columns, rows, 0))));
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().actions().requests().stream()
                .anyMatch(r -> r.result().isPresent()));
        waitForFxEvents();

        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(END));
        waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> programs = robot.lookup("#param-pid").queryAs(ComboBox.class);
        assertEquals("Pick a running program, or type its process id", programs.getPromptText());
        assertEquals(4, programs.getItems().size());
        robot.interact(programs::requestFocus);
        robot.write("fire");
        waitForFxEvents();
        assertEquals(List.of("4242", "4377"), List.copyOf(programs.getItems()), "the running programs called so");
        assertTrue(programs.isShowing(), "the narrowed list opens while typing");
        List<String> shown = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
        assertEquals(List.of("firefox (process 4242)", "firefox (process 4377)"), shown,
                "each by its name, with the process id that tells two of the same name apart");

        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> "firefox (process 4377)".equals(c.getText())).queryAs(ListCell.class);
        robot.clickOn(cell);
        waitForFxEvents();
        assertEquals("firefox (process 4377)", programs.getEditor().getText(), "the field reads the program's name");
        assertFalse(robot.lookup("#runActionButton").queryButton().isDisabled());
        robot.clickOn("#runActionButton");
        ActionRequest end = customer.next(ControlMessage.ActionRequested.class).request();
        assertEquals("end-process", end.actionId());
        assertEquals("4377", end.parameters().get("pid"), "the customer's computer is sent the process id picked");

        // The console names the program it picked wherever the technician reads the request (decision 0049).
        String named = "End a running program called “firefox” (process 4377)";
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().actions().requests().size() == 2);
        assertEquals(named, customer.model().actions().requests().get(1).named(), "the list of requests");
        waitFor(10, TimeUnit.SECONDS, () -> customer.workspace().activity().items().stream()
                .anyMatch(item -> item.what().equals("Action asked for: " + named)));
        // The log keeps what was asked for exactly: the process id; the name is what the console's list called it.
        LogEntry asked = LogReader.read(onlyLog()).stream().filter(e -> e.type().equals(LogEventTypes.ACTION_REQUESTED))
                .reduce((first, second) -> second).orElseThrow();
        assertEquals("End a running program (pid=4377)", asked.detail("action"));
        assertEquals(Map.of("pid", "4377"), asked.details().get("parameters"));
        assertEquals(Map.of("pid", "firefox"), asked.details().get("listedAs"));
    }

    private Path onlyLog() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(logs)) {
            return files.filter(f -> f.getFileName().toString().equals("technician.log")).findFirst().orElseThrow();
        }
    }

    @Test
    void aNameThatNoListedProgramHasIsNotSentButAProcessIdTypedIs(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        customer.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12", List.of(RUNNING, END)));
        waitFor(10, TimeUnit.SECONDS, () -> customer.workspace().plan().catalog().size() == 2);
        waitForFxEvents();
        robot.clickOn("#actionsTab");
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(RUNNING));
        robot.clickOn("#runActionButton");
        ActionRequest listed = customer.next(ControlMessage.ActionRequested.class).request();
        customer.send(new ControlMessage.ActionFinished(new ActionResult(listed.requestId(),
                ActionResult.Outcome.SUCCEEDED, ActionResult.NO_EXIT_STATUS, "2 programs run.", List.of(), 0,
                new ActionTable(List.of("PID", "Name", "User", "Processor time"),
                        List.of(List.of("4242", "firefox", "alice", "3 minutes"),
                                List.of("5150", "walk3-popups", "alice", "9 minutes")), 0))));
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().actions().requests().stream()
                .anyMatch(r -> r.result().isPresent()));
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(END));
        waitForFxEvents();

        robot.clickOn("#param-pid").write("thunderbird");
        waitForFxEvents();
        Label note = robot.lookup("#programMatchNote").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertEquals("No program among the 2 listed is called “thunderbird”. Pick one from the list or type its process "
                + "id; to see what runs now, run “List running programs” again.", note.getText());
        assertTrue(robot.lookup("#runActionButton").queryButton().isDisabled(), "a name is not sent as a process id");

        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#param-pid").queryAs(ComboBox.class);
        robot.interact(() -> picker.getEditor().setText(""));
        robot.write("walk3-popups");
        waitForFxEvents();
        robot.interact(picker::hide);
        assertFalse(robot.lookup("#runActionButton").queryButton().isDisabled());
        robot.clickOn("#runActionButton");
        ActionRequest byName = customer.next(ControlMessage.ActionRequested.class).request();
        assertEquals("5150", byName.parameters().get("pid"), "a name typed whole that one listed program has is its id");

        // Over the program picked before, as the technician would: all of it chosen, and typed over.
        robot.interact(() -> {
            picker.requestFocus();
            picker.getEditor().selectAll();
        });
        robot.write("7001");
        waitForFxEvents();
        assertEquals("7001", picker.getEditor().getText(), "what is typed stays, not the program picked before");
        robot.type(KeyCode.ENTER);
        ActionRequest byNumber = customer.next(ControlMessage.ActionRequested.class).request();
        assertEquals("7001", byNumber.parameters().get("pid"), "a process id typed is sent as it is");
    }
}
