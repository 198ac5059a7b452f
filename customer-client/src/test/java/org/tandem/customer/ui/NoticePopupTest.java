package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A notice on the customer's screen appears and goes in one frame: an animation would travel to the console. */
@ExtendWith(ApplicationExtension.class)
class NoticePopupTest {
    private final List<Runnable> due = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final AtomicInteger clicks = new AtomicInteger();
    private NoticePopup notices;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        notices = new NoticePopup(() -> stage, clicks::incrementAndGet, (delay, task) -> {
            delays.add(delay);
            due.add(task);
        });
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
}
