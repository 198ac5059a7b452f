package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The program to remove is found by typing part of its name: the programs offered narrow to those
 * that match, and when none does the technician is told, with the name typed kept as the target.
 */
@ExtendWith(ApplicationExtension.class)
class ProgramPickerFilterTest {
    private static final ActionDescriptor PROGRAMS = new ActionDescriptor("installed-programs", "List installed programs",
            ActionRisk.READ, "Reads the list of installed programs.", false, true, "", List.of());
    private static final ActionDescriptor UNINSTALL = new ActionDescriptor("uninstall-program", "Uninstall a program",
            ActionRisk.CHANGE, "Removes the program you pick.", false, true, "",
            List.of(new ParameterSpec("program", "Program to remove", ParameterSpec.Kind.PROGRAM, true)));

    private ConsoleViewModel model;

    @Start
    void start(Stage stage) {
        model = new ConsoleViewModel(Runnable::run, listener -> {
            throw new AssertionError("no session in this test");
        });
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new ActionsPanel(model).root()), 480, 800));
        stage.show();
    }

    @Test
    void typingPartOfANameNarrowsTheProgramsOfferedAndSaysWhenNoneMatches(FxRobot robot) {
        // The installed-programs list as the customer's side sends it: name, version, size, id, largest first.
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("google-cloud-cli", "528.0.0-0", "498 MB", "google-cloud-cli"),
                List.of("kubectl", "1:528.0.0-0", "413 MB", "kubectl"),
                List.of("walk3-popups", "1.0", "2 MB", "walk3-popups"),
                List.of("Walk3 Toolbar", "2.1", "1 MB", "walk3-toolbar")));
        ActionResult list = new ActionResult("r1", ActionResult.Outcome.SUCCEEDED, 0,
                "998 programs are installed; the 200 largest are listed.", List.of(), 0,
                new ActionTable(List.of("Name", "Version", "Size", "Id"), rows, 994));
        robot.interact(() -> {
            model.actionCatalog("Debian GNU/Linux 12", List.of(PROGRAMS, UNINSTALL));
            model.actionChanged(new ActionStatus("r1", PROGRAMS.title(), "", ActionStatus.Stage.RUNNING, -1, "",
                    Optional.empty()));
            model.actionChanged(new ActionStatus("r1", PROGRAMS.title(), "", ActionStatus.Stage.DONE, 100,
                    list.summary(), Optional.of(list)));
            robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(UNINSTALL);
        });
        @SuppressWarnings("unchecked")
        ComboBox<String> programs = robot.lookup("#param-program").queryAs(ComboBox.class);
        assertEquals(4, programs.getItems().size());

        // The keyboard is put on the picker as the Actions tab does once the action is chosen (or handed over by a
        // plan step), not by a click in its field.
        robot.interact(programs::requestFocus);
        robot.write("walk3");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("walk3-popups", "walk3-toolbar"), List.copyOf(programs.getItems()),
                "only the programs whose name or id holds what is typed");
        assertTrue(programs.isShowing(), "the narrowed list opens while typing");
        assertEquals("walk3", programs.getEditor().getText(), "what is typed stays");
        Label note = robot.lookup("#programMatchNote").queryAs(Label.class);
        assertFalse(note.isVisible() && note.getText().startsWith("No program"));

        robot.write("-x");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(programs.getItems().isEmpty());
        assertEquals("walk3-x", programs.getEditor().getText());
        assertTrue(note.isVisible());
        assertEquals("No program among the 4 listed matches “walk3-x”. The name typed is used as it is; to look "
                + "among all the programs, run “List installed programs” with part of the name.", note.getText());
        assertFalse(robot.lookup("#runActionButton").queryButton().isDisabled(), "a name typed whole may still be run");

        robot.eraseText(2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, programs.getItems().size());
        assertFalse(note.isVisible());

        assertTrue(programs.isShowing(), "the narrowed list is open to pick from");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> "walk3-popups".equals(cell.getText()))
                .queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("walk3-popups", programs.getEditor().getText(), "the program picked is the target");
        assertFalse(robot.lookup("#runActionButton").queryButton().isDisabled());
    }

    @Test
    void aListNarrowedWhileOpenFitsTheProgramsItStillShows(FxRobot robot) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            rows.add(List.of("tool-" + i, "1." + i, (20 - i) + " MB", "tool-" + i));
        }
        rows.add(List.of("walk3-popups", "1.0", "2 MB", "walk3-popups"));
        rows.add(List.of("Walk3 Toolbar", "2.1", "1 MB", "walk3-toolbar"));
        ActionResult list = new ActionResult("r1", ActionResult.Outcome.SUCCEEDED, 0, "16 programs are installed.",
                List.of(), 0, new ActionTable(List.of("Name", "Version", "Size", "Id"), rows, 0));
        robot.interact(() -> {
            model.actionCatalog("Debian GNU/Linux 12", List.of(PROGRAMS, UNINSTALL));
            model.actionChanged(new ActionStatus("r1", PROGRAMS.title(), "", ActionStatus.Stage.RUNNING, -1, "",
                    Optional.empty()));
            model.actionChanged(new ActionStatus("r1", PROGRAMS.title(), "", ActionStatus.Stage.DONE, 100,
                    list.summary(), Optional.of(list)));
            robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(UNINSTALL);
        });
        @SuppressWarnings("unchecked")
        ComboBox<String> programs = robot.lookup("#param-program").queryAs(ComboBox.class);
        robot.interact(programs::requestFocus);
        robot.write("t");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(programs.isShowing());
        javafx.scene.control.ListView<?> open = robot.lookup(".combo-box-popup .list-view")
                .queryAs(javafx.scene.control.ListView.class);
        double row = robot.lookup(".combo-box-popup .list-cell").queryAs(javafx.scene.control.ListCell.class).getHeight();
        javafx.stage.Window popup = open.getScene().getWindow();
        double tall = popup.getHeight();
        assertTrue(open.getHeight() >= 9 * row, "a long list opens as tall as the picker shows rows: " + open.getHeight()
                + " for rows of " + row);

        // Typed on while the list is open: it narrows to the five "tool-1…".
        robot.write("ool-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, programs.getItems().size());
        assertTrue(programs.isShowing(), "the narrowed list stays open");
        assertTrue(open.getHeight() <= 5 * row + 12, "the open list fits its five programs, without empty rows below: "
                + open.getHeight() + " for rows of " + row);
        assertTrue(popup.getHeight() <= tall - 4 * row, "and its window shrinks with it: " + popup.getHeight()
                + ", from " + tall);
    }
}
