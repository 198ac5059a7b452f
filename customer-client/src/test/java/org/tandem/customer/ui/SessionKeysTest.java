package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.session.CustomerState;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The customer's keyboard after Allow: it stays in their window (the message box), never on a
 * button of the session bar, whose window answers to the window's keys by taking the customer
 * there; Tab leaves the message box; the shortcut sheet opens where the bar does not cover it.
 */
@ExtendWith(ApplicationExtension.class)
class SessionKeysTest {
    private final AtomicInteger pauses = new AtomicInteger();
    private CustomerViewModel model;
    private ConversationFixture fixture;
    private Stage main;
    private SessionBar bar;
    /** How often the keyboard was given to the customer's own program. */
    private final AtomicInteger givenToDesktop = new AtomicInteger();
    private final List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        ConversationFixture[] holder = new ConversationFixture[1];
        model = new CustomerViewModel(Runnable::run, Runnable::run, () -> Optional.of(holder[0].conversation), () -> { });
        fixture = new ConversationFixture(model);
        holder[0] = fixture;
        main = stage;
        stage.setScene(new CustomerWindow(stage, model, address -> { }).scene());
        bar = new SessionBar(model, stage, givenToDesktop::incrementAndGet);
        // As the app has it: the notices hear of control after the bar has put the window away.
        new BackgroundNotifier(() -> stage.isIconified() || !stage.isFocused(), bar::windowPutAway,
                new BackgroundNotifier.Notifier() {
                    @Override
                    public void show(String title, String text) {
                        notices.add(title + " | " + text);
                    }

                    @Override
                    public void withdraw() {
                    }
                }).attach(model);
        // The primary stage is every UI test's: one of these tests may have left it minimised.
        stage.setIconified(false);
        stage.show();
    }

    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != main).toList().forEach(Window::hide));
    }

    @Test
    void afterAllowTheKeyboardIsInTheMessageBoxAndNoBarButtonCanTakeIt(FxRobot robot) throws Exception {
        allow(robot);

        assertTrue(main.isFocused(), "the customer's window lost the keyboard to the session bar");
        // (Whether the bar still says it is focused too is Monocle's: it tells no window it lost the focus.)
        assertEquals("chatInput", idOf(main.getScene().getFocusOwner()), "after Allow the keyboard is not in the message box");
        Node barFocus = bar.window().getScene().getFocusOwner();
        assertFalse(barFocus instanceof Button, "a bar button holds the bar's focus: " + idOf(barFocus));
        for (String id : List.of("#toggleShareButton", "#stopControlButton", "#sessionBarEndButton")) {
            assertFalse(robot.lookup(id).queryAs(Button.class).isFocusTraversable(), id + " can take the keyboard");
        }
    }

    @Test
    void aMessageTypedAfterAllowIsSentAndPausesNothing(FxRobot robot) throws Exception {
        allow(robot);

        robot.type(KeyCode.H, KeyCode.I, KeyCode.SPACE, KeyCode.T, KeyCode.H, KeyCode.E, KeyCode.R, KeyCode.E);
        robot.type(KeyCode.SPACE, KeyCode.ENTER);
        waitForFxEvents();

        assertEquals(0, pauses.get(), "a Space or Enter meant for the message pressed Pause sharing");
        assertEquals(CustomerState.SHARING, model.stateProperty().get());
        assertEquals(List.of("hi there"), fixture.sent(ControlMessage.ChatSent.class).stream()
                .map(ControlMessage.ChatSent::text).toList(), "the message was not sent");
    }

    @Test
    void theWindowsKeysPressedOnTheBarTakeTheCustomerToTheirWindow(FxRobot robot) throws Exception {
        allow(robot);
        robot.interact(() -> robot.lookup("#activityScroll").query().requestFocus());

        robot.interact(() -> press(bar.window().getScene(), KeyCode.DIGIT2, true));
        waitForFxEvents();

        assertEquals("chatInput", idOf(main.getScene().getFocusOwner()), "Ctrl+2 on the bar did not reach the message box");
        assertTrue(main.isFocused(), "Ctrl+2 on the bar left the keyboard on the bar");
    }

    @Test
    void theBarsOwnKeysActThereAndLeaveTheWindowTheCustomerPutAwayWhereItIs(FxRobot robot) throws Exception {
        allow(robot);
        AtomicInteger toggled = new AtomicInteger();
        robot.interact(() -> {
            // What Pause sharing does is the session's; here it is counted where the bar's key leads.
            Runnable pause = bar.window().getScene().getAccelerators().get(Shortcuts.TOGGLE_SHARING);
            bar.window().getScene().getAccelerators().put(Shortcuts.TOGGLE_SHARING, () -> {
                toggled.incrementAndGet();
                pause.run();
            });
            main.setIconified(true);
        });
        waitForFxEvents();

        robot.interact(() -> press(bar.window().getScene(), KeyCode.P, true)); // Pause sharing, from the bar
        waitForFxEvents();

        assertEquals(1, toggled.get(), "Ctrl+P on the bar did not pause sharing there");
        assertTrue(main.isIconified(), "the bar's own key brought back the window the customer had put away");
    }

    @Test
    void theShortcutSheetOpensOverTheCustomersWindowClearOfTheBar(FxRobot robot) throws Exception {
        allow(robot);
        // The customer's window at the top of the screen, as small as it gets: centred on it, the sheet
        // would reach up under the bar.
        robot.interact(() -> {
            main.setX(100);
            main.setY(0);
            main.setWidth(CustomerWindow.COMPANION_MIN_WIDTH);
            main.setHeight(CustomerWindow.COMPANION_MIN_HEIGHT);
        });

        robot.interact(() -> press(bar.window().getScene(), KeyCode.F1, false));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutSheet").tryQuery().isPresent());
        waitForFxEvents();

        Window sheet = robot.lookup("#shortcutSheet").query().getScene().getWindow();
        assertSame(main, ((Stage) sheet).getOwner(), "the sheet belongs to the bar, not to the customer's window");
        assertFalse(boundsOf(sheet).intersects(boundsOf(bar.window())), "the bar covers the sheet: sheet at y "
                + sheet.getY() + ", bar down to " + (bar.window().getY() + bar.window().getHeight()));
        assertTrue(sheet.getY() + sheet.getHeight() <= javafx.stage.Screen.getPrimary().getVisualBounds().getMaxY() + 0.5,
                "the sheet runs off the bottom of the screen");
    }

    @Test
    void tabAndShiftTabLeaveTheMessageBoxAndWriteNothingInIt(FxRobot robot) throws Exception {
        allow(robot);
        TextArea input = robot.lookup("#chatInput").queryAs(TextArea.class);
        robot.type(KeyCode.H, KeyCode.I);

        robot.type(KeyCode.TAB);
        waitForFxEvents();
        assertEquals("hi", input.getText(), "Tab was written into the message");
        assertEquals("sendButton", idOf(main.getScene().getFocusOwner()), "Tab did not move on to Send");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitForFxEvents();
        assertTrue(input.isFocused(), "Shift+Tab from Send did not come back to the message box");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitForFxEvents();
        assertEquals("hi", input.getText(), "Shift+Tab was written into the message");
        assertNotEquals("chatInput", idOf(main.getScene().getFocusOwner()), "Shift+Tab stayed in the message box");
    }

    @Test
    void onceTheCustomerAllowsControlTandemsWindowStepsOutOfTheTechniciansWay(FxRobot robot) throws Exception {
        allow(robot);
        FxOwnWindows[] own = new FxOwnWindows[1];
        robot.interact(() -> own[0] = FxOwnWindows.watch());
        double x = main.getX() + main.getWidth() / 2;
        double y = main.getY() + main.getHeight() / 2;

        robot.interact(() -> model.controlChanged(true, ""));
        waitForFxEvents();

        assertTrue(main.isIconified(), "Tandem's window stays where the technician's first key and click land");
        waitFor(5, TimeUnit.SECONDS, () -> !own[0].covers((int) x, (int) y));
        assertTrue(givenToDesktop.get() >= 1, "the keyboard was not given to the customer's own program");
        assertTrue(bar.window().isShowing(), "the session bar, with Stop control, went too");
        assertTrue(robot.lookup("#openTandemButton").query().isVisible(), "the bar does not offer the window back");
        assertEquals(1, notices.size(), "the customer is not told that control started: " + notices);
        assertTrue(notices.get(0).contains("Tandem's window is minimised, out of their way: Open Tandem in the Tandem bar"
                + " brings it back."), "the customer is not told where their window went: " + notices.get(0));
    }

    @Test
    void openTandemOnTheBarBringsTheWindowBackAndAWindowTheCustomerPutAwayStaysAway(FxRobot robot) throws Exception {
        allow(robot);
        robot.interact(() -> model.controlChanged(true, ""));
        waitForFxEvents();

        robot.clickOn("#openTandemButton");
        waitForFxEvents();
        assertFalse(main.isIconified(), "Open Tandem did not bring the customer's window back");
        assertTrue(main.isFocused(), "the window came back without the keyboard");
        assertFalse(robot.lookup("#openTandemButton").query().isVisible(), "Open Tandem stays with the window open");
        assertTrue(model.control().grantedProperty().get(), "bringing the window back is not stopping control");

        // The customer puts it away themselves: it is theirs, and stays away when control ends.
        robot.interact(() -> main.setIconified(true));
        robot.interact(() -> model.controlChanged(false, "You stopped control."));
        waitForFxEvents();
        assertTrue(main.isIconified(), "the window the customer put away came back unasked");
        assertTrue(robot.lookup("#openTandemButton").query().isVisible(), "a minimised window has no way back on the bar");
    }

    @Test
    void theBarHandsTheKeyboardToTheCustomersProgramOnceTheirPointerLeavesIt(FxRobot robot) throws Exception {
        allow(robot);
        robot.interact(() -> model.controlChanged(true, ""));
        waitForFxEvents();
        // The customer went to the bar, which got the keyboard with their click (and kept it, not to take the
        // window they asked for back behind another: walked under metacity, as Monocle moves no focus here).
        robot.moveTo("#stopControlButton");
        waitForFxEvents();
        int before = givenToDesktop.get();

        robot.moveTo(bar.window().getX() + bar.window().getWidth() / 2, bar.window().getY() + bar.window().getHeight() + 100);
        waitForFxEvents();

        assertTrue(givenToDesktop.get() > before, "the bar kept the keyboard after the customer's pointer left it");
    }

    @Test
    void aWindowTandemPutAwayForControlComesBackWhenControlEnds(FxRobot robot) throws Exception {
        allow(robot);
        robot.interact(() -> model.controlChanged(true, ""));
        waitForFxEvents();
        assertTrue(main.isIconified());

        robot.interact(() -> model.controlChanged(false, "Dana Scully gave control back."));
        waitForFxEvents();

        assertFalse(main.isIconified(), "the window Tandem put away for control stays away after it");
    }

    /**
     * The customer typed the code and pressed Connect; the technician was verified; the customer
     * pressed Allow: the screen is shared and the bar shows.
     */
    private void allow(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#codeField").query().requestFocus());
        robot.interact(() -> {
            model.technicianIdentified(ConversationFixture.DANA);
            model.stateChanged(CustomerState.CONNECTED, "Connected.");
            model.stateChanged(CustomerState.ASKING_TO_SHARE, "Dana Scully asks to see your screen.");
        });
        robot.interact(() -> model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana Scully."));
        waitFor(5, TimeUnit.SECONDS, () -> bar.window().isShowing());
        waitForFxEvents();
        robot.interact(() -> {
            for (String id : List.of("#toggleShareButton", "#companionShareButton")) {
                robot.lookup(id).query().addEventFilter(ActionEvent.ACTION, e -> pauses.incrementAndGet());
            }
        });
    }

    /** The key pressed while {@code scene}'s window has the keyboard. */
    private static void press(Scene scene, KeyCode code, boolean shortcut) {
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, shortcut, false, false));
    }

    private static Bounds boundsOf(Window window) {
        return new BoundingBox(window.getX(), window.getY(), window.getWidth(), window.getHeight());
    }

    private static String idOf(Node node) {
        return node == null ? null : node.getId();
    }
}
