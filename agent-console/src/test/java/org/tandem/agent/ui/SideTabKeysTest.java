package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The side tabs' keys put the keyboard where the technician goes to type, and Tab leaves a
 * multi-line field as it leaves any other: what is typed next lands where it is meant to.
 */
@ExtendWith(ApplicationExtension.class)
class SideTabKeysTest extends LoopbackConsoleTest {
    /** Alt+1 … Alt+6 and the field each puts the keyboard in. */
    private static final List<String> MAIN_FIELDS = List.of("#stepTitle", "#chatDraft", "#actionChoice",
            "#activityTimeline", "#systemSummary", "#noteDraft");

    @Start
    void start(Stage stage) {
        show(stage, 1280, 760);
    }

    @Test
    void aReplyTypedAfterAlt2GoesToTheChatNotTheCustomerField(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        robot.clickOn("#customerField");
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        waitForFxEvents();
        robot.write("On my way").type(KeyCode.ENTER);

        assertEquals("On my way", customer.next(ControlMessage.ChatSent.class).text());
        assertEquals("", robot.lookup("#customerField").queryAs(TextField.class).getText());
    }

    @Test
    void eachSideTabKeyPutsTheKeyboardInThatTabsMainField(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        TabPane side = robot.lookup("#sideTabs").queryAs(TabPane.class);
        for (int i = 1; i <= 7; i++) {
            robot.clickOn("#customerField");
            robot.press(KeyCode.ALT).type(KeyCode.valueOf("DIGIT" + i)).release(KeyCode.ALT);
            waitForFxEvents();
            assertEquals(i - 1, side.getSelectionModel().getSelectedIndex(), "Alt+" + i);
            // Wrap-up has nothing to type in: the tabs themselves, never its Ask button (a stray Space would ask).
            Node expected = i <= MAIN_FIELDS.size() ? robot.lookup(MAIN_FIELDS.get(i - 1)).query() : side;
            assertSame(expected, scene.getFocusOwner(), "Alt+" + i + " puts the keyboard in " + expected.getId());
        }
    }

    @Test
    void tabLeavesTheChatTheNotesAndAStepsDetailAndShiftTabComesBack(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        TabPane side = robot.lookup("#sideTabs").queryAs(TabPane.class);
        for (String[] tabAndField : new String[][] {{"chatTab", "#chatDraft"}, {"notesTab", "#noteDraft"},
                {"planTab", "#stepDetail"}}) {
            robot.interact(() -> side.getSelectionModel().select(
                    side.getTabs().stream().filter(t -> t.getId().equals(tabAndField[0])).findFirst().orElseThrow()));
            TextArea field = robot.lookup(tabAndField[1]).queryAs(TextArea.class);
            robot.clickOn(field).write("Printer");
            waitFor(5, TimeUnit.SECONDS, () -> scene.getFocusOwner() == field);

            robot.type(KeyCode.TAB);
            waitForFxEvents();
            assertNotSame(field, scene.getFocusOwner(), "Tab leaves " + tabAndField[1]);
            assertEquals("Printer", field.getText(), "no tab typed into " + tabAndField[1]);

            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            waitForFxEvents();
            assertSame(field, scene.getFocusOwner(), "Shift+Tab comes back to " + tabAndField[1]);
            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            waitForFxEvents();
            assertNotSame(field, scene.getFocusOwner(), "Shift+Tab leaves " + tabAndField[1] + " too");
            assertEquals("Printer", field.getText());
        }
    }
}
