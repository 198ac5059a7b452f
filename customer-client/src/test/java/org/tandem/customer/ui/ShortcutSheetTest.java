package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.session.CustomerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * F1 in the customer's window lists every key the window really answers to: its shortcuts and the
 * keys of its fields (the message box, the stars), as found on the window itself.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        ConversationFixture[] holder = new ConversationFixture[1];
        CustomerViewModel model = new CustomerViewModel(Platform::runLater, Runnable::run,
                () -> Optional.of(holder[0].conversation), () -> { });
        holder[0] = new ConversationFixture(model);
        CustomerWindow window = new CustomerWindow(stage, model, address -> { });
        scene = window.scene();
        stage.setScene(scene);
        stage.show();
        model.technicianIdentified(ConversationFixture.DANA);
        model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana Scully.");
    }

    @AfterEach
    void closeTheSheet(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != scene.getWindow()).toList()
                .forEach(Window::hide));
    }

    @Test
    void f1ListsEveryKeyTheWindowAnswersTo(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#companionView").query().isVisible());
        robot.type(KeyCode.F1);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutSheet").tryQuery().isPresent());
        List<String> listed = new ArrayList<>();
        for (Node node : robot.lookup("#shortcutSheet").queryAs(Parent.class).getChildrenUnmodifiable()) {
            if (node.getStyleClass().contains("key")) {
                listed.addAll(expanded(((Label) node).getText()));
            }
        }

        List<String> registered = new ArrayList<>();
        scene.getAccelerators().keySet().forEach(keys -> registered.add(Shortcuts.shown(keys)));
        List<Node> nodes = new ArrayList<>();
        collect(scene.getRoot(), nodes);
        List<String> fieldKeys = nodes.stream().flatMap(node -> Shortcuts.on(node).stream())
                .map(Shortcuts::shown).distinct().toList();
        assertEquals(11, fieldKeys.size(), "Enter and Shift+Enter in the message box, 1 to 5 and the arrows on the stars: "
                + fieldKeys);
        registered.addAll(fieldKeys);
        assertTrue(registered.containsAll(List.of("F1", "Ctrl+P", "Ctrl+T", "Ctrl+E", "Ctrl+1", "Enter", "Shift+Enter",
                "1", "5")), registered.toString());
        for (String keys : registered) {
            assertTrue(listed.contains(keys), "not listed: " + keys + " in " + listed);
        }
        boolean mnemonics = nodes.stream().anyMatch(node -> node instanceof Labeled labeled && labeled.isMnemonicParsing()
                && labeled.getText() != null && labeled.getText().contains("_"));
        assertTrue(mnemonics, "the window has Alt+letter buttons");
        assertTrue(listed.contains(Texts.get("keys.alt")), "the sheet tells of Alt + underlined letter");

        robot.type(KeyCode.ESCAPE);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutSheet").tryQuery().isEmpty());
    }

    /** "1 … 5" stands for 1, 2, 3, 4 and 5; "Right, Up" for Right and Up. */
    private static List<String> expanded(String keys) {
        Matcher range = Pattern.compile("(.*?)(\\d) … \\1(\\d)").matcher(keys);
        if (range.matches()) {
            List<String> all = new ArrayList<>();
            for (int digit = Integer.parseInt(range.group(2)); digit <= Integer.parseInt(range.group(3)); digit++) {
                all.add(range.group(1) + digit);
            }
            return all;
        }
        return List.of(keys.split(", "));
    }

    /** Every node under {@code node}, the hidden panels of the window included. */
    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent && !(node instanceof Labeled)) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }
}
