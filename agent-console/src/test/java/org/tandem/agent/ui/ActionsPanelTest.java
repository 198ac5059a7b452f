package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ParameterSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The technician sees the customer's actions, picks targets from read results, and follows each request. */
@ExtendWith(ApplicationExtension.class)
class ActionsPanelTest {
    private static final ActionDescriptor PROGRAMS = new ActionDescriptor("installed-programs", "Installed programs",
            ActionRisk.READ, "Reads the list of installed programs.", false, true, "", List.of());
    private static final ActionDescriptor UNINSTALL = new ActionDescriptor("uninstall-program", "Uninstall a program",
            ActionRisk.CHANGE, "Removes the program you pick.", false, true, "",
            List.of(new ParameterSpec("program", "Program", ParameterSpec.Kind.PROGRAM, true)));
    private static final ActionDescriptor DEFENDER = new ActionDescriptor("defender-scan", "Scan with Defender",
            ActionRisk.SCAN, "Scans folders.", true, false, "Windows Defender is only on Windows.", List.of());

    private ConsoleViewModel model;

    @Start
    void start(Stage stage) {
        model = new ConsoleViewModel(Runnable::run, listener -> {
            throw new AssertionError("no session in this test");
        });
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new ActionsPanel(model).root()), 420, 700));
        stage.show();
    }

    @Test
    void catalogRequestsAndProgramPickerFollowTheSession(FxRobot robot) {
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(PROGRAMS, UNINSTALL, DEFENDER)));
        @SuppressWarnings("unchecked")
        ComboBox<ActionDescriptor> choice = robot.lookup("#actionChoice").queryAs(ComboBox.class);
        assertEquals(3, choice.getItems().size());

        robot.interact(() -> choice.setValue(DEFENDER));
        assertTrue(robot.lookup("#runActionButton").queryButton().isDisabled(), "an unavailable action cannot run");

        ActionStatus read = new ActionStatus("r1", "Installed programs", "", ActionStatus.Stage.RUNNING, -1, "", Optional.empty());
        robot.interact(() -> model.actionChanged(read));
        ActionResult list = new ActionResult("r1", ActionResult.Outcome.SUCCEEDED, 0, "2 programs", List.of(), 0,
                new ActionTable(List.of("Program", "Version", "Size"), List.of(List.of("foo", "1.2", "3 MB"),
                        List.of("bar", "2.0", "1 MB")), 0));
        robot.interact(() -> model.actionChanged(new ActionStatus("r1", "Installed programs", "",
                ActionStatus.Stage.DONE, 100, "2 programs", Optional.of(list))));
        assertEquals(List.of("foo", "bar"), model.actions().knownPrograms(), "the uninstall picker offers what the list found");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<List<String>> table = robot.lookup("#actionResultTable")
                .queryAs(javafx.scene.control.TableView.class);
        assertEquals(List.of("Program", "Version", "Size"), table.getColumns().stream().map(c -> c.getText()).toList(),
                "the finished request is followed and its result shown as a table");
        assertEquals(2, table.getItems().size());
        robot.clickOn("#resultFilter").write("ba");
        assertEquals(List.of(List.of("bar", "2.0", "1 MB")), List.copyOf(table.getItems()));
        robot.interact(() -> {
            ((javafx.scene.control.TextField) robot.lookup("#resultFilter").query()).clear();
            table.getSortOrder().setAll(List.of(table.getColumns().get(2)));
        });
        assertEquals(List.of("bar", "foo"), table.getItems().stream().map(row -> row.get(0)).toList(), "1 MB before 3 MB");

        robot.interact(() -> choice.setValue(UNINSTALL));
        @SuppressWarnings("unchecked")
        ComboBox<String> programs = robot.lookup("#param-program").queryAs(ComboBox.class);
        assertEquals(List.of("foo", "bar"), programs.getItems());
        assertTrue(robot.lookup("#runActionButton").queryButton().isDisabled(), "no program chosen yet");
        robot.clickOn(programs.getEditor()).write("foo");
        assertTrue(!robot.lookup("#runActionButton").queryButton().isDisabled(), "a program to remove is named");

        robot.interact(() -> model.actionChanged(new ActionStatus("r2", "Uninstall a program", ActionStatus.targetWords(Map.of("program", "foo")),
                ActionStatus.Stage.WAITING_FOR_CONSENT, -1, "Uninstall “foo” version 1.2 (3 MB)", Optional.empty())));
        @SuppressWarnings("unchecked")
        ListView<ActionStatus> requests = robot.lookup("#actionRequests").queryAs(ListView.class);
        assertEquals(2, requests.getItems().size());
        assertEquals("Uninstall a program called “foo” — waiting for the customer's consent: Uninstall “foo” version "
                + "1.2 (3 MB)", requests.getItems().get(1).describe());
        robot.interact(() -> model.actionChanged(new ActionStatus("r2", "Uninstall a program", ActionStatus.targetWords(Map.of("program", "foo")),
                ActionStatus.Stage.DENIED, 100, "The customer said no.", Optional.empty())));
        assertEquals(ActionStatus.Stage.DENIED, requests.getItems().get(1).stage());
    }

    @Test
    void anActionNotAvailableCanBePickedAndSaysWhyItCannotRun(FxRobot robot) {
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(PROGRAMS, UNINSTALL, DEFENDER)));
        robot.clickOn("#actionChoice");
        robot.clickOn("Scan with Defender (scan, asks first) — not available");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(DEFENDER, robot.lookup("#actionChoice").queryAs(ComboBox.class).getValue(), "it is picked");
        assertEquals("Not available on the customer’s computer: Windows Defender is only on Windows.",
                robot.lookup("#actionTouches").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(robot.lookup("#runActionButton").queryButton().isDisabled(), "an unavailable action cannot run");

        ActionDescriptor noReason = new ActionDescriptor("malware-scan", "Scan folders for malware", ActionRisk.SCAN,
                "Scans folders.", true, false, " ", List.of());
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(noReason));
        assertEquals("Not available on the customer’s computer.",
                robot.lookup("#actionTouches").queryAs(javafx.scene.control.Label.class).getText(),
                "a catalog entry without words of why still says it cannot run there");
    }

    @Test
    void runWaitsWhileTheSameRequestWaitsForTheCustomer(FxRobot robot) {
        ComboBox<String> programs = uninstallChosen(robot);
        robot.clickOn(programs.getEditor()).write("foo");
        javafx.scene.control.Button run = robot.lookup("#runActionButton").queryButton();
        assertFalse(run.isDisabled());

        robot.interact(() -> model.actionChanged(new ActionStatus("r1", "Uninstall a program", ActionStatus.targetWords(Map.of("program", "foo")),
                ActionStatus.Stage.WAITING_FOR_CONSENT, -1, "Uninstall “foo”", Optional.empty())));
        assertTrue(run.isDisabled(), "the same question is not asked twice");
        javafx.scene.control.Label note = robot.lookup("#runWaitingNote").queryAs(javafx.scene.control.Label.class);
        assertTrue(note.isVisible());
        // Right after the technician's own Run as much as on a second one: no "already", as if asked twice.
        assertEquals("The customer is being asked about this. You can run it again once they have answered.",
                note.getText());

        robot.interact(() -> programs.getEditor().setText("bar"));
        assertFalse(run.isDisabled(), "another program is another request");
        assertFalse(note.isVisible());
        robot.interact(() -> programs.getEditor().setText("foo"));
        assertTrue(run.isDisabled());

        robot.interact(() -> model.actionChanged(new ActionStatus("r1", "Uninstall a program", ActionStatus.targetWords(Map.of("program", "foo")),
                ActionStatus.Stage.DENIED, 100, "The customer said no.", Optional.empty())));
        assertFalse(run.isDisabled(), "once answered, it may be asked again");
        assertFalse(note.isVisible());

        robot.interact(() -> model.actionChanged(new ActionStatus("r2", "Uninstall a program", ActionStatus.targetWords(Map.of("program", "foo")),
                ActionStatus.Stage.RUNNING, 10, "", Optional.empty())));
        assertTrue(run.isDisabled());
        assertEquals("This is running on the customer’s computer. You can run it again once it has finished.",
                note.getText());
    }

    @Test
    void descriptionsAndSummariesWrapWhileAResultTakesTheRoom(FxRobot robot) {
        ActionDescriptor scan = new ActionDescriptor("disk-usage", "Find what fills the disk", ActionRisk.SCAN,
                "Reads the names and sizes (not the contents) of the files in the folder that you name. Changes "
                        + "nothing. If other people use this computer, their folders are left out.", false, true, "",
                List.of(new ParameterSpec("folder", "Folder to measure", ParameterSpec.Kind.PATH, true)));
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(scan)));
        @SuppressWarnings("unchecked")
        ComboBox<ActionDescriptor> choice = robot.lookup("#actionChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(scan));
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(List.of("folder", "/home/alice/projects/tree/branch-" + i, (40 - i) + " MB"));
        }
        ActionResult found = new ActionResult("s1", ActionResult.Outcome.SUCCEEDED, 0,
                "“/home/alice/projects” holds 35 MB in 2,596 files. The largest folder is “tree” (28 MB).", List.of(), 0,
                new ActionTable(List.of("Kind", "Path", "Size"), rows, 0));
        robot.interact(() -> model.actionChanged(new ActionStatus("s1", "Find what fills the disk", ActionStatus.targetWords(Map.of("folder", "/home/alice")),
                ActionStatus.Stage.DONE, 100, "", Optional.of(found))));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        for (String id : List.of("#actionTouches", "#actionResultSummary")) {
            javafx.scene.control.Label label = robot.lookup(id).queryAs(javafx.scene.control.Label.class);
            assertTrue(label.isWrapText(), id + " wraps");
            assertEquals(label.getText(), ((javafx.scene.text.Text) label.lookup(".text")).getText(),
                    id + " is shown in full, not cut off");
        }
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<List<String>> table = robot.lookup("#actionResultTable")
                .queryAs(javafx.scene.control.TableView.class);
        double kind = table.getColumns().get(0).getWidth();
        double path = table.getColumns().get(1).getWidth();
        double size = table.getColumns().get(2).getWidth();
        assertTrue(kind + path + size >= table.getWidth() - 24, "the columns take the table's width: "
                + (kind + path + size) + " of " + table.getWidth());
        assertTrue(path > kind && path > size, "the path takes the spare room: " + kind + ", " + path + ", " + size);
    }

    @Test
    void theProgramPickerSaysWhatToDoOnceTheListIsThere(FxRobot robot) {
        ComboBox<String> programs = uninstallChosen(robot);
        assertEquals("Run “Installed programs” first to pick one", programs.getPromptText(),
                "the list's action by the name the customer's catalog gives it");

        robot.interact(() -> model.actionChanged(new ActionStatus("r1", "Installed programs", "",
                ActionStatus.Stage.RUNNING, -1, "", Optional.empty())));
        assertEquals("Run “Installed programs” first to pick one", programs.getPromptText(), "still running");
        ActionResult list = new ActionResult("r1", ActionResult.Outcome.SUCCEEDED, 0, "2 programs", List.of(), 0,
                new ActionTable(List.of("Program", "Version"), List.of(List.of("foo", "1.2"), List.of("bar", "2.0")), 0));
        robot.interact(() -> model.actionChanged(new ActionStatus("r1", "Installed programs", "",
                ActionStatus.Stage.DONE, 100, "2 programs", Optional.of(list))));
        assertEquals("Pick a program, or type its name", programs.getPromptText(), "the list is there to pick from");
    }

    /** Uninstall chosen among the actions; the picker of the program to remove. */
    @Test
    void theProgramPickerNamesTheListAsTheCustomersComputerCallsIt(FxRobot robot) {
        ActionDescriptor listed = new ActionDescriptor("installed-programs", "List installed programs", ActionRisk.READ,
                "Reads the list of installed programs.", false, true, "", List.of());
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(listed, UNINSTALL)));
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(UNINSTALL));
        assertEquals("Run “List installed programs” first to pick one",
                robot.lookup("#param-program").queryAs(ComboBox.class).getPromptText());

        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(UNINSTALL)));
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(UNINSTALL));
        assertEquals("Type the name of the program to remove",
                robot.lookup("#param-program").queryAs(ComboBox.class).getPromptText(),
                "no list to run on this computer: the name is typed");
    }

    private ComboBox<String> uninstallChosen(FxRobot robot) {
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(PROGRAMS, UNINSTALL)));
        @SuppressWarnings("unchecked")
        ComboBox<ActionDescriptor> choice = robot.lookup("#actionChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(UNINSTALL));
        @SuppressWarnings("unchecked")
        ComboBox<String> programs = robot.lookup("#param-program").queryAs(ComboBox.class);
        return programs;
    }

    @Test
    void nothingMoreRunsOnceTheSessionHasEnded(FxRobot robot) {
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(PROGRAMS, UNINSTALL, DEFENDER)));
        @SuppressWarnings("unchecked")
        ComboBox<ActionDescriptor> choice = robot.lookup("#actionChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(PROGRAMS));
        assertFalse(robot.lookup("#runActionButton").queryButton().isDisabled(), "a look runs while the session lasts");

        robot.interact(() -> model.stateChanged(org.tandem.agent.session.AgentState.ENDED, "You ended the session."));

        assertTrue(robot.lookup("#runActionButton").queryButton().isDisabled(), "Run stays enabled after the end");
        assertEquals("The session has ended, so nothing more can be run on the customer’s computer.",
                robot.lookup("#runWaitingNote").queryAs(javafx.scene.control.Label.class).getText());
    }
}
