package org.tandem.agent.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.history.OpenLogs;
import org.tandem.agent.history.OwnSessions;
import org.tandem.agent.history.PastSessions;
import org.tandem.agent.history.RunningSession;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * A session running in this console, beside one the console never closed (it stopped mid-session):
 * History tells the two apart, with both executors running tasks at once, so no FX toolkit is needed.
 */
class HistoryOpenSessionsTest {
    private static final String RUNNING = "230-dddddd";

    @TempDir
    Path data;

    private final KeyPair key = Ed25519Keys.generate();
    private final OpenLogs open = new OpenLogs();
    private RunningSession running;
    private HistoryViewModel model;

    @BeforeEach
    void load() throws Exception {
        PastSessions.write(data);
        running = RunningSession.start(data, RUNNING, Instant.parse("2026-03-04T10:00:00Z"), "Ticket 5150", key);
        open.opened(running.log());
        model = new HistoryViewModel(new SessionHistory(OwnSessions.of(data, key, open)), Runnable::run, Runnable::run,
                ZoneOffset.UTC);
        model.refresh().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void end() throws Exception {
        running.close();
    }

    @Test
    void aSessionRunningHereIsInProgressAndOnlyTheOneLeftOpenIsNotClosed() {
        assertEquals("In progress", badge(RUNNING));
        assertEquals("Not closed", badge(PastSessions.NOT_CLOSED));
        assertEquals("in progress: this console is still recording it (2 events so far)", record(RUNNING).integrityDetail());

        model.filterProperty().set(HistoryFilter.NOT_CLOSED);
        assertEquals(List.of(PastSessions.NOT_CLOSED), model.sessions().stream().map(SessionRecord::id).toList());
    }

    @Test
    void theSessionsRunningHereHaveAFilterOfTheirOwn() throws Exception {
        model.filterProperty().set(HistoryFilter.IN_PROGRESS);
        assertEquals(List.of(RUNNING), model.sessions().stream().map(SessionRecord::id).toList());
        assertEquals("In progress", HistoryFilter.IN_PROGRESS.toString());

        running.technicianEnds(); // the session ends: nothing is in progress any more
        open.closed(running.log());
        assertEquals("No session is in progress.", model.emptyTextProperty().get());
    }

    @Test
    void aSessionThatEndsWhileHistoryIsOpenReadsAsEndedAndWhatWasOpenStaysOpen() throws Exception {
        model.open(record(PastSessions.INTACT)).get(10, TimeUnit.SECONDS);

        running.technicianEnds();
        open.closed(running.log());

        assertEquals("Intact", badge(RUNNING));
        assertEquals("ended by you", record(RUNNING).ending());
        assertEquals(PastSessions.INTACT, model.openedProperty().get().id(), "what the technician was reading");
        assertEquals(4, model.sessions().size());
    }

    @Test
    void aWindowClosedHearsNoMore() throws Exception {
        model.close();
        running.technicianEnds();
        open.closed(running.log());

        assertEquals("In progress", badge(RUNNING), "as it was when the window closed");
    }

    @Test
    void aReadingBegunBeforeTheWindowClosedOpensNothingAfter() {
        List<Runnable> reader = new ArrayList<>();
        HistoryViewModel closing = new HistoryViewModel(new SessionHistory(OwnSessions.of(data, key, open)), Runnable::run,
                reader::add, ZoneOffset.UTC);
        closing.openWhenListed(PastSessions.INTACT);
        closing.refresh();

        closing.close(); // the window's reader stops with it
        reader.remove(0).run();

        assertEquals(List.of(), reader, "nothing more is handed to the stopped reader");
        assertNull(closing.openedProperty().get());
    }

    private SessionRecord record(String id) {
        return model.sessions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private String badge(String id) {
        return HistoryViewModel.badgeText(record(id).integrity());
    }
}
