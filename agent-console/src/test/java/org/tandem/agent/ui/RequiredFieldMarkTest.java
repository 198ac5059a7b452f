package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.ParameterSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A field the chosen action needs is marked, with words saying what is missing, exactly while it is
 * empty: the mark goes as soon as something is typed or picked and comes back once it is emptied,
 * in step with Run.
 */
@ExtendWith(ApplicationExtension.class)
class RequiredFieldMarkTest {
    private static final ActionDescriptor PROGRAMS = new ActionDescriptor("installed-programs", "Installed programs",
            ActionRisk.READ, "Reads the list of installed programs.", false, true, "",
            List.of(new ParameterSpec("filter", "Only programs whose name contains", ParameterSpec.Kind.TEXT, false)));
    private static final ActionDescriptor UNINSTALL = new ActionDescriptor("uninstall-program", "Uninstall a program",
            ActionRisk.CHANGE, "Removes the program you pick.", false, true, "",
            List.of(new ParameterSpec("program", "Program to remove", ParameterSpec.Kind.PROGRAM, true)));
    private static final ActionDescriptor DISK = new ActionDescriptor("disk-usage", "Find what fills the disk",
            ActionRisk.SCAN, "Reads the names and sizes of the files in the folder.", false, true, "",
            List.of(new ParameterSpec("folder", "Folder to measure", ParameterSpec.Kind.PATH, true)));
    private static final ActionDescriptor MALWARE = new ActionDescriptor("malware-scan", "Scan folders for malware",
            ActionRisk.SCAN, "Scans the folders you name.", true, true, "",
            List.of(new ParameterSpec("folders", "Folders to scan, one a line", ParameterSpec.Kind.PATH_LIST, true)));

    private ConsoleViewModel model;

    @Start
    void start(Stage stage) {
        model = new ConsoleViewModel(Runnable::run, listener -> {
            throw new AssertionError("no session in this test");
        });
        stage.setScene(new Scene(new StackPane(new ActionsPanel(model).root()), 420, 700));
        stage.show();
    }

    @Test
    void aFolderFieldIsMarkedExactlyWhileItIsEmpty(FxRobot robot) {
        TextField folder = chosen(robot, DISK, "#param-folder", TextField.class);
        String missing = "Folder to measure: needed to run this action";
        assertMarked(robot, folder, missing, "as soon as the action is chosen");

        robot.clickOn(folder).write("/home/alice");
        waitForFxEvents();
        assertNotMarked(robot, folder, "a folder is named");

        robot.eraseText("/home/alice".length());
        waitForFxEvents();
        assertMarked(robot, folder, missing, "emptied again");

        robot.write("   ");
        waitForFxEvents();
        assertMarked(robot, folder, missing, "spaces name no folder");

        robot.write("/srv");
        waitForFxEvents();
        assertNotMarked(robot, folder, "named after the spaces");
    }

    @Test
    void foldersToScanAreMarkedExactlyWhileNoneIsNamed(FxRobot robot) {
        TextArea folders = chosen(robot, MALWARE, "#param-folders", TextArea.class);
        String missing = "Folders to scan, one a line: needed to run this action";
        assertMarked(robot, folders, missing, "as soon as the action is chosen");

        robot.clickOn(folders).write("/home/alice");
        waitForFxEvents();
        assertNotMarked(robot, folders, "a folder is named");

        robot.eraseText("/home/alice".length());
        waitForFxEvents();
        assertMarked(robot, folders, missing, "emptied again");
    }

    @Test
    void theProgramPickerIsMarkedExactlyWhileNoProgramIsNamed(FxRobot robot) {
        installedProgramsListed(robot, "foo", "bar");
        @SuppressWarnings("unchecked")
        ComboBox<String> programs = chosen(robot, UNINSTALL, "#param-program", ComboBox.class);
        TextField editor = programs.getEditor();
        String missing = "Program to remove: needed to run this action";
        assertMarked(robot, editor, missing, "as soon as the action is chosen");

        robot.clickOn(editor).write("foo");
        waitForFxEvents();
        assertNotMarked(robot, editor, "a program's name is typed");

        robot.eraseText("foo".length());
        waitForFxEvents();
        assertMarked(robot, editor, missing, "the name is taken away again");

        robot.clickOn(programs.lookup(".arrow-button"));
        waitForFxEvents();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> cell) -> "bar".equals(cell.getText())).queryAs(ListCell.class));
        waitForFxEvents();
        assertEquals("bar", editor.getText());
        assertNotMarked(robot, editor, "a program is picked from the list");
    }

    @Test
    void aFieldThatMayStayEmptyIsNeverMarked(FxRobot robot) {
        TextField filter = chosen(robot, PROGRAMS, "#param-filter", TextField.class);
        assertNotMarked(robot, filter, "an optional field");

        robot.clickOn(filter).write("fo");
        robot.eraseText(2);
        waitForFxEvents();
        assertNotMarked(robot, filter, "an optional field, emptied again");
    }

    @Test
    void anActionThatCannotRunThereHasItsFieldsDisabledAndUnmarkedAndTheKeyboardIsNotSentIntoThem(FxRobot robot) {
        ActionDescriptor noScanner = MALWARE.unavailable("ClamAV is not installed on this computer.");
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(PROGRAMS, noScanner)));
        robot.clickOn("#actionChoice");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> cell) -> cell.getText() != null && cell.getText().startsWith(MALWARE.title()))
                .queryAs(ListCell.class));
        waitForFxEvents();
        TextArea folders = robot.lookup("#param-folders").queryAs(TextArea.class);
        assertTrue(folders.isDisabled(), "nothing to fill in for an action that cannot run");
        assertEquals(0, decorations(folders), "no mark asking for what cannot be used");
        assertEquals(List.of(), marks(folders));
        assertFalse(folders.isFocused(), "the keyboard stays on the list of actions, not in the field");
        assertTrue(robot.lookup("#actionChoice").queryAs(ComboBox.class).isFocused());
        assertTrue(robot.lookup("#runActionButton").queryButton().isDisabled());
    }

    /** The customer's installed programs have been listed, so the picker offers them. */
    private void installedProgramsListed(FxRobot robot, String... names) {
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(PROGRAMS, UNINSTALL, DISK, MALWARE)));
        robot.interact(() -> model.actionChanged(new ActionStatus("r1", "Installed programs", "",
                ActionStatus.Stage.RUNNING, -1, "", Optional.empty())));
        ActionResult list = new ActionResult("r1", ActionResult.Outcome.SUCCEEDED, 0, names.length + " programs",
                List.of(), 0, new ActionTable(List.of("Program"), java.util.Arrays.stream(names).map(List::of).toList(), 0));
        robot.interact(() -> model.actionChanged(new ActionStatus("r1", "Installed programs", "",
                ActionStatus.Stage.DONE, 100, "", Optional.of(list))));
        assertEquals(List.of(names), model.actions().knownPrograms());
    }

    private <T extends Node> T chosen(FxRobot robot, ActionDescriptor action, String field, Class<T> type) {
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(PROGRAMS, UNINSTALL, DISK, MALWARE)));
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(action));
        waitForFxEvents();
        return robot.lookup(field).queryAs(type);
    }

    /** One mark on the field, drawn on it, whose tooltip says what is missing; and Run waits. */
    private static void assertMarked(FxRobot robot, TextInputControl field, String words, String when) {
        assertEquals(1, decorations(field), "one mark on the field: " + when);
        List<Label> marks = marks(field);
        assertEquals(List.of(words), marks.stream().map(mark -> mark.getTooltip().getText()).toList(),
                "the mark says what is missing: " + when);
        Label mark = marks.get(0);
        assertTrue(mark.isVisible(), "the mark is shown: " + when);
        Bounds drawn = mark.localToScene(mark.getBoundsInLocal());
        assertTrue(drawn.getWidth() > 0, "the mark has a size: " + when);
        assertTrue(drawn.intersects(field.localToScene(field.getBoundsInLocal())),
                "the mark is drawn on the field: " + drawn + " " + when);
        assertTrue(robot.lookup("#runActionButton").queryButton().isDisabled(), "Run waits: " + when);
    }

    /** No mark on the field, and Run may go. */
    private static void assertNotMarked(FxRobot robot, TextInputControl field, String when) {
        assertEquals(0, decorations(field), "no mark on the field: " + when);
        assertEquals(List.of(), marks(field), "no words of something missing: " + when);
        assertFalse(robot.lookup("#runActionButton").queryButton().isDisabled(), "Run may go: " + when);
    }

    private static int decorations(Node field) {
        return Decorator.getDecorations(field) == null ? 0 : Decorator.getDecorations(field).size();
    }

    /** What the field draws that carries words in a tooltip: the marks put on it. */
    private static List<Label> marks(Node field) {
        return field.lookupAll(".label").stream().filter(Label.class::isInstance).map(Label.class::cast)
                .filter(label -> label.getTooltip() != null).toList();
    }
}
