package org.tandem.desktop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A notice appears and goes in one frame: on the customer's screen an animation would travel to the
 * console, and on either side it would keep JavaFX drawing while it runs.
 */
@ExtendWith(ApplicationExtension.class)
class NoticePopupTest {
    private final List<Runnable> due = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final AtomicInteger clicks = new AtomicInteger();
    private NoticePopup notices;
    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        notices = new NoticePopup(stage, clicks::incrementAndGet, (delay, task) -> {
            delays.add(delay);
            due.add(task);
        }, scene -> scene.getRoot().getStyleClass().add("styled-by-the-app"));
    }

    private static List<Popup> popupsShowing() {
        return Window.getWindows().stream().filter(w -> w instanceof Popup && w.isShowing()).map(w -> (Popup) w).toList();
    }

    @Test
    void aNoticeShowsItsWordsAndIsGoneTheMomentItsTimeIsUp(FxRobot robot) {
        robot.interact(() -> notices.show("Your technician is asking you something", "Let them control?"));
        assertEquals("Your technician is asking you something",
                robot.lookup("#noticeTitle").queryAs(Label.class).getText());
        assertEquals("Let them control?", robot.lookup("#noticeText").queryAs(Label.class).getText());
        assertEquals(List.of(NoticePopup.SHOWN_FOR), delays);
        Popup popup = popupsShowing().get(0);

        robot.interact(() -> {
            due.get(0).run();
            // In the same FX turn: no fade, no frame of it half drawn.
            assertFalse(popup.isShowing(), "the notice was still on screen when its time was up");
        });
        assertFalse(notices.showing());
        assertEquals(1.0, popup.getOpacity(), "the notice was faded");
        assertTrue(popupsShowing().isEmpty());
    }

    @Test
    void clickingTheNoticeRunsItsActionAndClosesIt(FxRobot robot) {
        robot.interact(() -> notices.show("A message", "Hello"));
        robot.clickOn("#noticeText");
        assertEquals(1, clicks.get());
        assertFalse(notices.showing());
    }

    @Test
    void aNewerNoticeTakesThePlaceOfTheOlderAndOutlivesItsTimer(FxRobot robot) {
        robot.interact(() -> notices.show("First", "one"));
        robot.interact(() -> notices.show("Second", "two"));
        assertEquals(1, popupsShowing().size());
        assertEquals("Second", robot.lookup("#noticeTitle").queryAs(Label.class).getText());

        robot.interact(() -> due.get(0).run()); // the first notice's time is up
        assertTrue(notices.showing(), "the older notice's timer closed the newer");
        robot.interact(() -> due.get(1).run());
        assertFalse(notices.showing());
    }

    @Test
    void aLongTitleWrapsWholeAndTheNoticeGrowsToHoldIt(FxRobot robot) {
        robot.interact(() -> notices.show("A message", "Hello"));
        double oneLine = popupsShowing().get(0).getHeight();
        String title = "Dana Scully of Contoso Support would like to control your mouse and keyboard for the uninstall";

        robot.interact(() -> notices.show(title, "Hello"));
        Label heading = robot.lookup("#noticeTitle").queryAs(Label.class);
        Text drawn = (Text) heading.lookup(".text");
        assertEquals(title, drawn.getText(), "the title is not cut short");
        Region notice = robot.lookup("#notice").queryAs(Region.class);
        Bounds words = notice.sceneToLocal(drawn.localToScene(drawn.getLayoutBounds()));
        assertTrue(words.getMaxX() <= notice.getWidth() - notice.getPadding().getRight() + 0.5,
                "the title lies within the notice: " + words + " in " + notice.getWidth());
        assertTrue(notice.getWidth() <= 360.5, "the notice keeps its width: " + notice.getWidth());
        Popup popup = popupsShowing().get(0);
        assertTrue(popup.getHeight() > oneLine + drawn.getFont().getSize(),
                "the notice grows to hold the wrapped title: " + popup.getHeight() + " against " + oneLine);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(popup.getY() + popup.getHeight() <= screen.getMaxY() + 0.5, "and stays on the screen");
    }

    @Test
    void theAppStylesTheNotice(FxRobot robot) {
        robot.interact(() -> notices.show("A message", "Hello"));
        assertTrue(popupsShowing().get(0).getScene().getRoot().getStyleClass().contains("styled-by-the-app"));
    }

    @Test
    void aMinimisedWindowLendsItsPlaceToTheAppsOtherWindowAndNoStandInClaimsTheFocus(FxRobot robot) {
        Stage[] bar = new Stage[1];
        robot.interact(() -> {
            bar[0] = new Stage();
            bar[0].setScene(new Scene(new StackPane(), 300, 40));
            bar[0].show();
        });
        NoticePopup held = new NoticePopup(window, () -> bar[0], clicks::incrementAndGet, (delay, task) -> due.add(task),
                scene -> { });
        robot.interact(() -> window.setIconified(true));
        List<Window> before = List.copyOf(Window.getWindows());

        robot.interact(() -> held.show("Your technician is using your computer", "Tandem's window is minimised."));

        Popup popup = popupsShowing().get(0);
        assertEquals(bar[0], popup.getOwnerWindow(), "the notice does not hang on the app's other window");
        // JavaFX takes a window it shows for focused whatever the window manager does: a stand-in would
        // count as the customer's Tandem window with the keyboard, and hold the technician's keys.
        assertEquals(List.of(), Window.getWindows().stream().filter(w -> !before.contains(w) && !(w instanceof Popup))
                .toList(), "a stand-in window was shown");
        robot.interact(() -> {
            held.close();
            bar[0].close();
            window.setIconified(false);
        });
    }

    @Test
    void aMinimisedWindowLendsItsPlaceToAStandInThatGoesWithTheNotice(FxRobot robot) {
        robot.interact(() -> window.setIconified(true));
        robot.interact(() -> notices.show("A message", "Hello"));
        Popup popup = popupsShowing().get(0);
        Window owner = popup.getOwnerWindow();
        assertTrue(owner != window && owner.isShowing(), "the notice hangs on a stand-in while the window is minimised");

        robot.interact(() -> due.get(0).run());
        assertFalse(owner.isShowing(), "the stand-in stayed after the notice went");
        robot.interact(() -> window.setIconified(false));
    }
}
