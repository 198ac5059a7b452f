package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** F1 lists every shortcut the console has, and each button's tooltip names its own. */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsTest {
    @TempDir
    Path dataDir;

    private Scene scene;

    private WaitingSessions waiting;

    @Start
    void start(Stage stage) throws Exception {
        waiting = new WaitingSessions(dataDir);
        SessionsViewModel sessions = waiting.window();
        scene = new Scene(new SessionsView(sessions, dataDir).root(), 1280, 700);
        stage.setScene(scene);
        stage.show();
        sessions.newSession(); // a customer's tab, with its own buttons and keys
    }

    @AfterEach
    void closeTheList(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, waiting);
    }

    @Test
    void f1ListsEveryShortcutOfTheConsole(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutsList").tryQuery().isPresent());
        List<String> listed = new ArrayList<>();
        for (Node node : robot.lookup("#shortcutsList").queryAs(Parent.class).getChildrenUnmodifiable()) {
            listed.addAll(expanded(((Label) node).getText()));
        }

        assertTrue(listed.containsAll(List.of("F1", "Ctrl+N", "Ctrl+H", "Ctrl+Shift+F12", "Ctrl+Tab", "Ctrl+Shift+Tab",
                "Ctrl+W", "Ctrl+1", "Ctrl+5", "Ctrl+9", "Alt+1", "Alt+7")), listed.toString());
        for (KeyCombination accelerator : scene.getAccelerators().keySet()) {
            assertTrue(listed.contains(KeyboardShortcuts.keys(accelerator)), "not listed: " + accelerator.getDisplayText());
        }
        // Keys a field answers to itself, as installed on the nodes of every side tab.
        List<Node> nodes = new ArrayList<>();
        collect(scene.getRoot(), Node.class, nodes);
        List<String> fieldKeys = nodes.stream().flatMap(node -> FieldKeys.on(node).stream())
                .map(KeyboardShortcuts::keys).distinct().toList();
        assertEquals(List.of("Ctrl+C", "Ctrl+Enter", "Enter", "Shift+Enter"), fieldKeys.stream().sorted().toList(),
                "the chat's, the notes' and the result table's keys are found");
        for (String keys : fieldKeys) {
            assertTrue(listed.contains(keys), "not listed: " + keys + " in " + listed);
        }
        List<String> mnemonics = mnemonicsIn(scene.getRoot());
        assertTrue(mnemonics.size() >= 10, mnemonics.toString());
        for (String mnemonic : mnemonics) {
            assertTrue(listed.contains(mnemonic), "not listed: " + mnemonic + " in " + listed);
        }
        assertEquals(mnemonics.size(), mnemonics.stream().distinct().count(), "one Alt+letter, one button: " + mnemonics);

        robot.type(KeyCode.ESCAPE);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutsList").tryQuery().isEmpty());
    }

    @Test
    void theHistoryWindowsKeysAreListedToo(FxRobot robot, @TempDir Path empty) throws Exception {
        List<Node> nodes = new ArrayList<>();
        robot.interact(() -> collect(new org.tandem.agent.ui.history.HistoryView(
                new org.tandem.agent.ui.history.HistoryViewModel(new org.tandem.agent.history.SessionHistory(empty),
                        Runnable::run, Runnable::run, java.time.ZoneOffset.UTC)).root(), Node.class, nodes));
        List<String> historyKeys = nodes.stream().flatMap(node -> FieldKeys.on(node).stream())
                .map(KeyboardShortcuts::keys).distinct().sorted().toList();
        assertEquals(List.of("Ctrl+F", "Esc"), historyKeys, "find the search field, clear the search");

        List<String> listed = KeyboardShortcuts.all().stream().map(KeyboardShortcuts.Shortcut::keys).toList();
        List<String> described = KeyboardShortcuts.all().stream().map(KeyboardShortcuts.Shortcut::does).toList();
        assertTrue(listed.contains("Ctrl+F"), listed.toString());
        assertTrue(described.contains("In History: clear the search"), described.toString());
    }

    @Test
    void everyLineOfTheListIsShownWholeAndTheListFitsTheScreen(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutsList").tryQuery().isPresent());
        javafx.scene.layout.GridPane list = robot.lookup("#shortcutsList").queryAs(javafx.scene.layout.GridPane.class);
        List<String> cut = new ArrayList<>();
        for (Node node : list.getChildrenUnmodifiable()) {
            Label label = (Label) node;
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) label.lookup(".text");
            if (!label.getText().equals(drawn.getText())) {
                cut.add(label.getText() + " drawn as " + drawn.getText());
            }
        }
        assertEquals(List.of(), cut, "lines cut off");
        Window sheet = list.getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(sheet.getHeight() <= screen.getHeight() && sheet.getY() + sheet.getHeight() <= screen.getMaxY() + 1,
                "the list's window, " + sheet.getHeight() + " high at " + sheet.getY() + ", fits the screen: " + screen);
        assertTrue(robot.lookup("#closeShortcutsButton").query().localToScreen(0, 0).getY() < screen.getMaxY(),
                "Close can be reached");
    }

    @Test
    void theShortcutsButtonOpensTheSameList(FxRobot robot) throws Exception {
        robot.clickOn("#shortcutsButton");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutsList").tryQuery().isPresent());
    }

    @Test
    void everyButtonsTooltipNamesItsShortcut() {
        List<ButtonBase> buttons = new ArrayList<>();
        collect(scene.getRoot(), ButtonBase.class, buttons);
        int named = 0;
        for (ButtonBase button : buttons) {
            String mnemonic = mnemonicOf(button);
            if (mnemonic == null) {
                continue;
            }
            assertTrue(button.getTooltip() != null && button.getTooltip().getText().contains(mnemonic),
                    button.getText() + " does not name " + mnemonic);
            named++;
        }
        assertTrue(named >= 8, "buttons with a tooltip: " + named);
        assertTrue(((ButtonBase) scene.lookup("#newSessionButton")).getTooltip().getText().contains("Ctrl+N"));
        assertTrue(((ButtonBase) scene.lookup("#historyButton")).getTooltip().getText().contains("Ctrl+H"));
        assertTrue(((ButtonBase) scene.lookup("#releaseControlButton")).getTooltip().getText().contains("Ctrl+Shift+F12"));
        assertTrue(((ButtonBase) scene.lookup("#withdrawRequestButton")).getTooltip().getText().contains("Ctrl+Shift+F12"));
        assertTrue(((ButtonBase) scene.lookup("#shortcutsButton")).getTooltip().getText().contains("F1"));
    }

    /** "Ctrl+1 … Ctrl+8" stands for Ctrl+1, Ctrl+2 and so on to Ctrl+8. */
    private static List<String> expanded(String keys) {
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("(.*\\+)(\\d) … \\1(\\d)").matcher(keys);
        if (!range.matches()) {
            return List.of(keys);
        }
        List<String> all = new ArrayList<>();
        for (int digit = Integer.parseInt(range.group(2)); digit <= Integer.parseInt(range.group(3)); digit++) {
            all.add(range.group(1) + digit);
        }
        return all;
    }

    private static List<String> mnemonicsIn(Node node) {
        List<Labeled> labeled = new ArrayList<>();
        collect(node, Labeled.class, labeled);
        return labeled.stream().map(KeyboardShortcutsTest::mnemonicOf).filter(m -> m != null).toList();
    }

    private static String mnemonicOf(Labeled labeled) {
        String text = labeled.getText();
        int at = text == null ? -1 : text.indexOf('_');
        if (!labeled.isMnemonicParsing() || at < 0 || at == text.length() - 1) {
            return null;
        }
        return "Alt+" + text.substring(at + 1, at + 2).toUpperCase(Locale.ROOT);
    }

    /** Every node of the given kind under {@code node}, toolbar items included even when they overflow. */
    private static <T> void collect(Node node, Class<T> kind, List<T> into) {
        if (kind.isInstance(node)) {
            into.add(kind.cast(node));
        }
        if (node instanceof Labeled) {
            return; // what is inside is the control's own drawing of its text, not another control
        }
        if (node instanceof ToolBar toolBar) {
            toolBar.getItems().forEach(item -> collect(item, kind, into));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, kind, into));
        }
    }
}
