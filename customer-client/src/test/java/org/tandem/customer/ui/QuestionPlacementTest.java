package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.customer.session.CustomerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A question opens beside the customer's chat, not over it: the prompt stays above every window and
 * leaves the customer's window usable (decision 0038), so the customer writes to the technician while
 * asked, and must see what they write (decision 0041). While the window is minimised, a question
 * stands alone and leaves the window where it is.
 */
@ExtendWith(ApplicationExtension.class)
class QuestionPlacementTest {
    /** A title bar, as a window manager draws one over the question. */
    private static final double TITLE_BAR = 28;

    private Stage main;
    private CustomerViewModel model;
    /** What the customer's window keeps clear, as the last {@link #placed} read it: the message box first. */
    private List<Rectangle2D> areas;

    @Start
    void start(Stage stage) {
        model = new CustomerViewModel(Runnable::run, Runnable::run, Optional::empty, () -> { });
        main = stage;
        stage.setIconified(false);
        stage.setScene(new CustomerWindow(stage, model, address -> { }).scene());
        stage.show();
    }

    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != main).toList().forEach(Window::hide));
    }

    @Test
    void theQuestionLeavesTheMessageBoxInSight(FxRobot robot) throws Exception {
        inSession(robot);
        robot.interact(() -> {
            main.setX(100);
            main.setY(40);
            main.setWidth(CustomerWindow.COMPANION_WIDTH);
            main.setHeight(CustomerWindow.COMPANION_HEIGHT);
        });
        waitForFxEvents();

        CompletableFuture<Boolean> answer = new FxConsentPrompt(() -> main).ask(
                new ConsentRequest(ConsentRequest.Kind.CONTROL, ConversationFixture.DANA, Duration.ofSeconds(60)));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#consentQuestion").tryQuery().isPresent());
        waitForFxEvents();

        Window prompt = robot.lookup("#consentQuestion").query().getScene().getWindow();
        Bounds input = onScreen(robot.lookup("#chatInput").query());
        assertFalse(boundsOf(prompt).intersects(input), "the question covers the message box: question at "
                + boundsOf(prompt) + ", message box at " + input);
        // Found in its scene before its window is on screen: click once it shows.
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#denyButton")
                .match(org.testfx.matcher.base.NodeMatchers.isVisible()).tryQuery().isPresent());
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void onALargeScreenTheQuestionLeavesTheWholeChatInSight(FxRobot robot) throws Exception {
        Rectangle2D placed = placed(robot, new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(440, 180, 1040, 720));

        assertFalse(placed.intersects(areas.get(1)), "the question covers the technician's messages: question at "
                + placed + ", chat at " + areas.get(1));
    }

    @Test
    void onA1024By768ScreenTheQuestionStaysOnItAndLeavesTheMessageBoxInSight(FxRobot robot) throws Exception {
        // The customer's window as the companion fits it on this screen: as wide as the screen.
        placed(robot, new Rectangle2D(0, 0, 1024, 768), new Rectangle2D(0, 24, 1024, 720));
    }

    @Test
    void onAn800By600ScreenTheQuestionStaysOnItAndLeavesTheMessageBoxInSight(FxRobot robot) throws Exception {
        placed(robot, new Rectangle2D(0, 0, 800, 600), new Rectangle2D(0, 0, 800, 600));
    }

    /**
     * Where a real question goes over the customer's real window at {@code window} on a screen whose
     * usable area is {@code screen} (the test's own screen holds any window, but is of one size): wholly
     * on that screen and clear of the message box.
     */
    private Rectangle2D placed(FxRobot robot, Rectangle2D screen, Rectangle2D window) throws Exception {
        inSession(robot);
        robot.interact(() -> {
            main.setX(window.getMinX());
            main.setY(window.getMinY());
            main.setWidth(window.getWidth());
            main.setHeight(window.getHeight());
        });
        waitForFxEvents();
        CompletableFuture<Boolean> answer = new FxConsentPrompt(() -> main).ask(ConsentRequest.forAction(
                ConversationFixture.DANA, Duration.ofSeconds(60), "Uninstall “LibreOffice Productivity Suite” version 24.2",
                "It is removed from this computer, with its settings.", "r1"));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#consentQuestion").tryQuery().isPresent());
        Window prompt = robot.lookup("#consentQuestion").query().getScene().getWindow();
        robot.interact(() -> areas = PromptPlacement.areasToKeepClear(main.getScene()));
        assertEquals(2, areas.size(), "the window keeps clear the message box, and rather the whole chat: " + areas);
        double width = prompt.getWidth();
        double height = prompt.getHeight() + TITLE_BAR;

        Point2D at = PromptPlacement.place(width, height, window, screen, areas);

        Rectangle2D placed = new Rectangle2D(at.getX(), at.getY(), width, height);
        assertTrue(screen.contains(placed), "the question is not wholly on the " + screen.getWidth() + "×"
                + screen.getHeight() + " screen: " + placed);
        assertFalse(placed.intersects(areas.get(0)), "the question covers the message box: question at " + placed
                + ", message box at " + areas.get(0));
        // Found in its scene before its window is on screen: click once it shows.
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#denyButton")
                .match(org.testfx.matcher.base.NodeMatchers.isVisible()).tryQuery().isPresent());
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
        return placed;
    }

    @Test
    void aQuestionWhileTheWindowIsMinimisedStandsAloneAndLeavesTheWindowAway(FxRobot robot) throws Exception {
        inSession(robot);
        robot.interact(() -> main.setIconified(true));

        CompletableFuture<Boolean> answer = new FxConsentPrompt(() -> main).ask(ConsentRequest.forAction(
                ConversationFixture.DANA, Duration.ofSeconds(60), "Scan “Downloads” for malware", "Nothing is changed.", "r1"));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#consentQuestion").tryQuery().isPresent());

        Stage prompt = (Stage) robot.lookup("#consentQuestion").query().getScene().getWindow();
        // A window manager shows a window's question only with the window (metacity brought it back, and
        // with it the keyboard, in the technician's way again).
        assertEquals(null, prompt.getOwner(), "the question belongs to the minimised window");
        assertTrue(prompt.isAlwaysOnTop(), "a question on its own could go behind other windows");
        assertTrue(main.isIconified());
        // Found in its scene before its window is on screen: click once it shows.
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#denyButton")
                .match(org.testfx.matcher.base.NodeMatchers.isVisible()).tryQuery().isPresent());
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
        robot.interact(() -> main.setIconified(false));
    }

    /** The customer connected and shares the screen: the companion, with the chat, is shown. */
    private void inSession(FxRobot robot) {
        robot.interact(() -> {
            model.technicianIdentified(ConversationFixture.DANA);
            model.stateChanged(CustomerState.CONNECTED, "Connected.");
            model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana Scully.");
        });
        waitForFxEvents();
    }

    static Bounds onScreen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    static Bounds boundsOf(Window window) {
        return new BoundingBox(window.getX(), window.getY(), window.getWidth(), window.getHeight());
    }
}
