package org.tandem.agent.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
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
    void aTechnicianWhoScrolledUpToReadIsLeftWhereTheyAre(FxRobot robot) throws Exception {
        for (int i = 0; i < 40; i++) {
            say("A message that takes more than one line of the narrow panel to say, number " + i);
        }
        robot.interact(() -> model.logOpened(file));
        waitForFxEvents();
        assertNewestLineShownWhole(robot);

        TableView<?> table = table(robot);
        // As the technician does it: the scroll bar's thumb dragged up.
        robot.drag(thumb(table)).moveBy(0, -150).release(MouseButton.PRIMARY);
        waitForFxEvents();
        int reading = flow(robot).getFirstVisibleCell().getIndex();
        int lines = table.getItems().size();
        assertTrue(reading < lines - 10, "scrolled up to an earlier line: " + reading);

        say("A line that arrives while the technician reads an earlier one");
        robot.interact(model::changed);
        waitForFxEvents();
        assertEquals(lines + 1, table.getItems().size(), "the new line is in the table");
        assertEquals(reading, flow(robot).getFirstVisibleCell().getIndex(), "the line being read stays in place");

        // Back at the end, the timeline follows again.
        robot.drag(thumb(table)).moveBy(0, 400).release(MouseButton.PRIMARY);
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
        Bounds cell = last.localToScene(last.getLayoutBounds());
        Node viewport = flow(robot).lookup(".clipped-container");
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        assertTrue(cell.getMinY() >= shown.getMinY() - 0.5 && cell.getMaxY() <= shown.getMaxY() + 0.5,
                "the newest line is shown whole: " + cell + " in " + shown);
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
