package org.tandem.agent.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Activity tab keeps the newest line in sight while the technician reads at the end of it, and
 * leaves them where they are once they have scrolled up to read an earlier line.
 */
@ExtendWith(ApplicationExtension.class)
class ActivityFollowsTheNewestLineTest {
    private static final String TECHNICIAN = "technician:Demo Technician";
    /** One notch of a mouse wheel, as the desktop toolkit reports it: this much in pixels, or one line. */
    private static final double WHEEL_NOTCH = 40;

    @TempDir
    Path dir;

    private ActivityViewModel model;
    private TabPane tabs;
    private SessionLogbook book;
    private Path file;
    private int said;

    @Start
    void start(Stage stage) {
        model = new ActivityViewModel(Runnable::run, Runnable::run, ZoneOffset.UTC);
        // As in the console: a side tab among others.
        tabs = new TabPane(new Tab("Activity", new ActivityView(model).root()), new Tab("Chat", new Label("Chat")));
        stage.setScene(new Scene(new StackPane(tabs), 380, 330));
        stage.show();
    }

    @BeforeEach
    void openLog() throws Exception {
        file = dir.resolve("technician.log");
        book = new SessionLogbook(SessionLogWriter.create(file, SessionLogbook.sessionIdFrom(new byte[32]), TECHNICIAN,
                Ed25519Keys.generate(), 20, Clock.systemUTC()), TECHNICIAN);
        book.record(TECHNICIAN, new JournalEvent.SessionConnected("482", "Alice Martin"));
    }

    @Test
    void aLineArrivingWhileTheTechnicianReadsAtTheEndIsShownWhole(FxRobot robot) throws Exception {
        robot.interact(() -> model.logOpened(file));
        for (int i = 0; i < 40; i++) {
            say(i % 3 == 0 ? "A longer message that takes more than one line of the narrow panel to say, number " + i
                    : "Short " + i);
            robot.interact(model::changed);
            waitForFxEvents();
        }
        assertNewestLineShownWhole(robot);

        say("And one more, as the technician watches the end of the timeline");
        robot.interact(model::changed);
        waitForFxEvents();
        assertNewestLineShownWhole(robot);
    }

    @Test
    void manyLinesArrivingAtOnceEndWithTheNewestShownWhole(FxRobot robot) throws Exception {
        for (int i = 0; i < 60; i++) {
            say("A message that takes more than one line of the narrow panel to say, number " + i);
        }
        robot.interact(() -> model.logOpened(file));
        waitForFxEvents();
        assertNewestLineShownWhole(robot);
    }

    @Test
    void linesThatArriveWhileAnotherTabIsOpenEndWithTheNewestShownWholeWhenActivityIsOpened(FxRobot robot)
            throws Exception {
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> model.logOpened(file));
        for (int i = 0; i < 40; i++) {
            say("A message that takes more than one line of the narrow panel to say, number " + i);
        }
        robot.interact(model::changed);
        waitForFxEvents();

        robot.interact(() -> tabs.getSelectionModel().select(0));
        waitForFxEvents();
        assertNewestLineShownWhole(robot);
    }

    @Test
    void aTechnicianWhoTurnedTheWheelUpToReadIsLeftWhereTheyAre(FxRobot robot) throws Exception {
        TableView<?> table = scrolledToTheEnd(robot);
        turnWheel(robot, 1);
        laidOut(robot);
        assertStaysWhereTheReaderPutIt(robot, table);
    }

    @Test
    void aTechnicianWhoDraggedTheScrollBarUpToReadIsLeftWhereTheyAre(FxRobot robot) throws Exception {
        TableView<?> table = scrolledToTheEnd(robot);
        robot.drag(thumb(table)).moveBy(0, -150).release(MouseButton.PRIMARY);
        laidOut(robot);
        assertStaysWhereTheReaderPutIt(robot, table);
    }

    @Test
    void theNextSessionsLinesAreFollowedThoughTheTechnicianHadScrolledUpInTheLast(FxRobot robot) throws Exception {
        scrolledToTheEnd(robot);
        turnWheel(robot, 3);
        laidOut(robot);

        robot.interact(model::clear);
        Path next = dir.resolve("next.log");
        SessionLogbook nextBook = new SessionLogbook(SessionLogWriter.create(next, SessionLogbook.sessionIdFrom(new byte[32]),
                TECHNICIAN, Ed25519Keys.generate(), 20, Clock.systemUTC()), TECHNICIAN);
        nextBook.record(TECHNICIAN, new JournalEvent.SessionConnected("483", "Bob Stone"));
        robot.interact(() -> model.logOpened(next));
        waitForFxEvents();
        for (int i = 0; i < 30; i++) {
            nextBook.record("customer", new JournalEvent.Chat("n" + i, "A line of the next session, number " + i));
        }
        robot.interact(model::changed);
        waitForFxEvents();
        assertNewestLineShownWhole(robot);
    }

    /** Short lines, and the newest a long one, taller than a turn of the wheel scrolls; the timeline at its end. */
    private TableView<?> scrolledToTheEnd(FxRobot robot) throws Exception {
        for (int i = 0; i < 40; i++) {
            say("Short " + i);
        }
        say("A message that takes more than one line of the narrow panel to say, the newest of them all");
        robot.interact(() -> model.logOpened(file));
        waitForFxEvents();
        assertNewestLineShownWhole(robot);
        return table(robot);
    }

    /** The reader scrolled up: a new line leaves the view where it is; back at the end, the timeline follows again. */
    private void assertStaysWhereTheReaderPutIt(FxRobot robot, TableView<?> table) throws Exception {
        int lines = table.getItems().size();
        assertTrue(lastShownWhole(robot) < lines - 1, "scrolled up from the newest line");
        int reading = flow(robot).getFirstVisibleCell().getIndex();
        double at = flow(robot).getFirstVisibleCell().getLayoutY();

        say("A line that arrives while the technician reads an earlier one");
        robot.interact(model::changed);
        waitForFxEvents();
        assertEquals(lines + 1, table.getItems().size(), "the new line is in the table");
        assertEquals(reading, flow(robot).getFirstVisibleCell().getIndex(), "the line being read stays in place");
        assertEquals(at, flow(robot).getFirstVisibleCell().getLayoutY(), 0.5, "to the pixel");

        turnWheel(robot, -120);
        waitForFxEvents();
        say("A line that arrives once the technician is back at the end");
        robot.interact(model::changed);
        waitForFxEvents();
        assertNewestLineShownWhole(robot);
    }

    private void say(String text) throws Exception {
        book.record("customer", new JournalEvent.Chat("m" + said++, text));
    }

    private static void assertNewestLineShownWhole(FxRobot robot) throws Exception {
        TableView<?> table = table(robot);
        waitFor(5, TimeUnit.SECONDS, () -> flow(robot).getLastVisibleCell() != null);
        IndexedCell<?> last = flow(robot).getLastVisibleCell();
        assertEquals(table.getItems().size() - 1, last.getIndex(), "the newest line is the last one shown");
        assertTrue(shownWhole(robot, last), "the newest line is shown whole: " + last.localToScene(last.getLayoutBounds())
                + " in " + viewport(robot));
    }

    /** The index of the last line shown whole in the view. */
    private static int lastShownWhole(FxRobot robot) {
        IndexedCell<?> last = flow(robot).getLastVisibleCell();
        return shownWhole(robot, last) ? last.getIndex() : last.getIndex() - 1;
    }

    private static boolean shownWhole(FxRobot robot, IndexedCell<?> cell) {
        Bounds line = cell.localToScene(cell.getLayoutBounds());
        Bounds shown = viewport(robot);
        return line.getMinY() >= shown.getMinY() - 0.5 && line.getMaxY() <= shown.getMaxY() + 0.5;
    }

    private static Bounds viewport(FxRobot robot) {
        Node viewport = flow(robot).lookup(".clipped-container");
        return viewport.localToScene(viewport.getLayoutBounds());
    }

    /** Waits until the timeline has been laid out again, on the toolkit's next pulse, as it is after any change. */
    private static void laidOut(FxRobot robot) throws Exception {
        CountDownLatch pulses = new CountDownLatch(1);
        Runnable pulse = pulses::countDown;
        Scene scene = table(robot).getScene();
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(pulse);
            flow(robot).requestLayout();
        });
        assertTrue(pulses.await(5, TimeUnit.SECONDS), "the toolkit laid the window out");
        robot.interact(() -> scene.removePostLayoutPulseListener(pulse));
    }

    /**
     * Turns the mouse wheel over the timeline by {@code notches}, one at a time, up (away from the reader)
     * when positive, a line a notch, as the desktop reports a wheel: the robot's wheel runs the other way
     * round under the headless toolkit.
     */
    private static void turnWheel(FxRobot robot, int notches) {
        VirtualFlow<?> flow = flow(robot);
        Bounds on = flow.localToScreen(flow.getLayoutBounds());
        double x = flow.getWidth() / 2;
        double y = flow.getHeight() / 2;
        double delta = Math.signum(notches) * WHEEL_NOTCH;
        double lines = Math.signum(notches);
        for (int i = 0; i < Math.abs(notches); i++) {
            robot.interact(() -> Event.fireEvent(flow, new ScrollEvent(ScrollEvent.SCROLL, x, y, on.getMinX() + x,
                    on.getMinY() + y, false, false, false, false, false, false, 0, delta, 0, delta,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, lines, 0,
                    null)));
        }
    }

    private static Node thumb(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream()
                .filter(bar -> ((ScrollBar) bar).getOrientation() == Orientation.VERTICAL && bar.isVisible())
                .map(bar -> bar.lookup(".thumb")).findFirst().orElseThrow();
    }

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#activityTimeline").queryAs(TableView.class);
    }

    private static VirtualFlow<?> flow(FxRobot robot) {
        return (VirtualFlow<?>) table(robot).lookup(".virtual-flow");
    }
}
