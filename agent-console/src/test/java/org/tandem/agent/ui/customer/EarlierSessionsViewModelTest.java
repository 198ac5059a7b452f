package org.tandem.agent.ui.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.history.CustomerSessions;
import org.tandem.agent.history.EarlierSessions;
import org.tandem.agent.history.OpenLogs;
import org.tandem.agent.history.OwnSessions;
import org.tandem.agent.history.RunningSession;
import org.tandem.agent.history.SessionHistory;
import org.tandem.shared.ssh.Ed25519Keys;

/** The Customer tab's earlier sessions, with both executors running tasks at once: no FX toolkit needed. */
class EarlierSessionsViewModelTest {
    private static final Instant MARCH = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path data;

    private final List<List<String>> asked = new ArrayList<>();

    private EarlierSessionsViewModel model() {
        EarlierSessions earlier = new EarlierSessions(new SessionHistory(data));
        return new EarlierSessionsViewModel(Runnable::run, Runnable::run, (names, computer, current) -> {
            asked.add(List.copyOf(names));
            return earlier.find(names, computer, current);
        }, ZoneOffset.UTC);
    }

    @Test
    void nothingIsLookedForUntilTheSessionIsConnectedAndTheCustomerKnown() throws Exception {
        CustomerSessions.past(data, "101-aaaaaa", MARCH, "Customer 1", "", "");
        EarlierSessionsViewModel model = model();

        model.customerKnown("Ticket 4711", "").get(10, TimeUnit.SECONDS);
        assertTrue(asked.isEmpty(), "no log open yet: the session has not started");
        model.customerKnown("", "").get(10, TimeUnit.SECONDS);
        model.clear();
        model.logOpened(data.resolve("now.log")).get(10, TimeUnit.SECONDS);
        model.customerKnown("Customer 1", "").get(10, TimeUnit.SECONDS);

        assertTrue(asked.isEmpty(), "a tab's own number says nothing of who the customer is");
        assertEquals("Once the customer’s name, ticket or computer name is known, their earlier sessions show here.",
                model.statusProperty().get());
    }

    @Test
    void eachEarlierSessionSaysWhenWhoHowItEndedOnWhatItMatchedAndWhatWasDone() throws Exception {
        CustomerSessions.past(data, "101-aaaaaa", MARCH, "Ticket 4711", "ana-laptop", "Ana Silva");
        EarlierSessionsViewModel model = model();

        model.logOpened(data.resolve("now.log")).get(10, TimeUnit.SECONDS);
        model.customerKnown("Ticket 4711", "").get(10, TimeUnit.SECONDS);
        model.customerKnown("Ticket 4711", "ana-laptop").get(10, TimeUnit.SECONDS);

        assertEquals("1 earlier session with this customer, newest first.", model.statusProperty().get());
        assertFalse(model.loadingProperty().get());
        EarlierSessionsViewModel.Item item = model.sessions().get(0);
        assertEquals("101-aaaaaa", item.id());
        assertEquals(String.join("\n",
                "2 Mar 2026, 10:00 · helped by Dana Scully · ended by Dana Scully",
                "Found by: same name or ticket “Ticket 4711”, same computer name “ana-laptop”",
                "Done: " + CustomerSessions.LOOK + " — " + CustomerSessions.RESULT,
                "Plan: " + CustomerSessions.STEP + " (done)",
                "Note: " + CustomerSessions.NOTE), item.text());
    }

    @Test
    void aProgramPickedByNameIsNamedAsTheConsoleNamedItThen() throws Exception {
        CustomerSessions.pastEndingAProgram(data, "101-aaaaaa", MARCH, "Ticket 4711", "9587", "firefox",
                "“firefox” (process 9587) closed when asked.");
        EarlierSessionsViewModel model = model();

        model.logOpened(data.resolve("now.log")).get(10, TimeUnit.SECONDS);
        model.customerKnown("Ticket 4711", "").get(10, TimeUnit.SECONDS);

        String text = model.sessions().get(0).text();
        assertTrue(text.contains("Done: End a running program called “firefox” (process 9587) — “firefox” (process 9587)"
                + " closed when asked."), text);
        assertFalse(text.contains("process id"), text);
    }

    @Test
    void onlyASessionThisConsoleRanWasEndedByYouAndOneGoingOnInAnotherTabSaysSo() throws Exception {
        KeyPair mine = Ed25519Keys.generate();
        CustomerSessions.past(data, "101-aaaaaa", MARCH, "Ticket 4711", "", "", mine);
        // A colleague's log, copied from their computer: the same name, signed by their key.
        CustomerSessions.past(data, "102-bbbbbb", MARCH.plusSeconds(3600), "Ticket 4711", "", "", Ed25519Keys.generate());
        OpenLogs open = new OpenLogs();
        try (RunningSession other = RunningSession.start(data, "103-cccccc", MARCH.plusSeconds(7200), "Ticket 4711", mine)) {
            open.opened(other.log());
            EarlierSessions earlier = new EarlierSessions(new SessionHistory(OwnSessions.of(data, mine, open)));
            EarlierSessionsViewModel model = new EarlierSessionsViewModel(Runnable::run, Runnable::run, earlier::find,
                    ZoneOffset.UTC);

            model.logOpened(data.resolve("now.log")).get(10, TimeUnit.SECONDS);
            model.customerKnown("Ticket 4711", "").get(10, TimeUnit.SECONDS);

            assertEquals(List.of("2 Mar 2026, 12:00 · helped by Dana Scully",
                    "2 Mar 2026, 11:00 · helped by Dana Scully · ended by Dana Scully",
                    "2 Mar 2026, 10:00 · helped by Dana Scully · ended by you"),
                    model.sessions().stream().map(EarlierSessionsViewModel.Item::heading).toList());
            assertEquals("This session is still going on in another tab of this console.",
                    model.sessions().get(0).warning());
            assertEquals(List.of("Nothing has been done on the customer’s computer yet, and no plan or note is recorded."),
                    model.sessions().get(0).details(), "going on: not said in the past tense");
        }
    }

    @Test
    void aNameGivenMidSessionIsLookedForWithTheTicketTypedBefore() throws Exception {
        CustomerSessions.past(data, "101-aaaaaa", MARCH, "Ana Silva", "", "");
        EarlierSessionsViewModel model = model();
        model.logOpened(data.resolve("now.log")).get(10, TimeUnit.SECONDS);
        model.customerKnown("Ticket 9", "").get(10, TimeUnit.SECONDS);
        assertEquals("No earlier sessions with this customer.", model.statusProperty().get(), "one line, plainly");

        model.customerKnown("Ana Silva", "").get(10, TimeUnit.SECONDS);

        assertEquals(List.of("Ticket 9", "Ana Silva"), asked.get(asked.size() - 1));
        assertEquals(1, model.sessions().size());
    }

    @Test
    void anAlteredLogIsListedAsSuchAndAnUnreadableOneCountedWithoutItsError() throws Exception {
        Path altered = CustomerSessions.past(data, "101-aaaaaa", MARCH, "Ticket 4711", "", "");
        List<String> lines = new ArrayList<>(Files.readAllLines(altered, StandardCharsets.UTF_8));
        int note = lines.size() - 1;
        while (!lines.get(note).contains(CustomerSessions.NOTE)) {
            note--;
        }
        lines.set(note, lines.get(note).replace(CustomerSessions.NOTE, "Nothing to worry about."));
        Files.write(altered, lines, StandardCharsets.UTF_8);
        Path cut = CustomerSessions.past(data, "102-bbbbbb", MARCH.plusSeconds(60), "Ticket 4711", "", "");
        // Its second line cut short in the middle: no longer a log, and the reader's error names the file.
        List<String> cutLines = new ArrayList<>(Files.readAllLines(cut, StandardCharsets.UTF_8));
        cutLines.set(1, cutLines.get(1).substring(0, 40));
        Files.write(cut, cutLines, StandardCharsets.UTF_8);
        EarlierSessionsViewModel model = model();

        model.logOpened(data.resolve("now.log")).get(10, TimeUnit.SECONDS);
        model.customerKnown("Ticket 4711", "").get(10, TimeUnit.SECONDS);

        assertEquals("1 earlier session with this customer, newest first. 1 past log could not be read, so it may be one more.",
                model.statusProperty().get());
        assertEquals("101-aaaaaa", model.sessions().get(0).id());
        assertTrue(model.sessions().get(0).text().contains(
                "Its log was altered after the session: what it says cannot be trusted."), model.sessions().get(0).text());
    }

    @Test
    void historyThatCannotBeReadIsSaidInPlainWords() throws Exception {
        EarlierSessionsViewModel model = new EarlierSessionsViewModel(Runnable::run, Runnable::run, (names, computer, current) -> {
            throw new IOException("/srv/tandem/sessions: Permission denied");
        }, ZoneOffset.UTC);

        model.logOpened(data.resolve("now.log")).get(10, TimeUnit.SECONDS);
        model.customerKnown("Ticket 4711", "").get(10, TimeUnit.SECONDS);

        assertEquals("The past sessions could not be read; the console’s log has the details.", model.statusProperty().get());
        assertTrue(model.sessions().isEmpty());
        assertFalse(model.loadingProperty().get());
    }
}
