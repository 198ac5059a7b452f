package org.tandem.agent.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.history.EarlierSessions.Basis;
import org.tandem.agent.history.EarlierSessions.Match;

/** Finding the past sessions with the customer of the session running now, and on what they matched. */
class EarlierSessionsTest {
    private static final Instant MARCH = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void sessionsWithTheSameTicketOrComputerAreFoundNewestFirstEachSayingOnWhat() throws Exception {
        CustomerSessions.past(data, "101-aaaaaa", MARCH, "Ticket 4711", "ana-laptop", "");
        CustomerSessions.past(data, "102-bbbbbb", MARCH.plusSeconds(86_400), "", "ana-laptop", "");
        CustomerSessions.past(data, "103-cccccc", MARCH.plusSeconds(2 * 86_400), "Bob Stone", "bob-pc", "");

        EarlierSessions.Found found = new EarlierSessions(new SessionHistory(data))
                .find(List.of("ticket  4711"), "Ana-Laptop", Optional.empty());

        assertEquals(List.of("102-bbbbbb", "101-aaaaaa"), ids(found), "newest first, Bob's not among them");
        assertEquals(List.of(new Match(Basis.COMPUTER_NAME, "Ana-Laptop")), found.sessions().get(0).on());
        assertEquals(List.of(new Match(Basis.NAME_OR_TICKET, "ticket  4711"), new Match(Basis.COMPUTER_NAME, "Ana-Laptop")),
                found.sessions().get(1).on(), "in any case and spacing, on both");
        assertEquals(List.of(CustomerSessions.STEP), found.sessions().get(1).facts().orElseThrow().plan().stream()
                .map(step -> step.title()).toList(), "what its log says, read as History reads it");
        assertEquals(0, found.unreadable());
    }

    @Test
    void aNameGivenMidSessionMatchesTheNameTypedNowAndTheOtherWayRound() throws Exception {
        CustomerSessions.past(data, "101-aaaaaa", MARCH, "", "", "Ana Silva");
        CustomerSessions.past(data, "102-bbbbbb", MARCH.plusSeconds(60), "Ana Silva", "", "");
        EarlierSessions earlier = new EarlierSessions(new SessionHistory(data));

        assertEquals(List.of("102-bbbbbb", "101-aaaaaa"), ids(earlier.find(List.of("Ana Silva"), "", Optional.empty())));
        // The ticket typed at New session, then the name given: either finds them.
        assertEquals(List.of(new Match(Basis.NAME_OR_TICKET, "Ana Silva")),
                earlier.find(List.of("Ticket 9", "Ana Silva"), "", Optional.empty()).sessions().get(0).on());
    }

    @Test
    void anEmptyOrGenericNameMatchesNothing() throws Exception {
        CustomerSessions.past(data, "101-aaaaaa", MARCH, "", "localhost", "Customer 1");
        CustomerSessions.past(data, "102-bbbbbb", MARCH.plusSeconds(60), "customer", "ubuntu", "");
        EarlierSessions earlier = new EarlierSessions(new SessionHistory(data));

        for (String name : List.of("Customer 1", "customer 2", "CUSTOMER", "", "   ", "-", "x")) {
            assertEquals(List.of(), ids(earlier.find(List.of(name), "", Optional.empty())), "“" + name + "”");
        }
        assertEquals(List.of(), ids(earlier.find(List.of(), "localhost", Optional.empty())));
        assertEquals(List.of(), ids(earlier.find(List.of(), "Ubuntu", Optional.empty())));
        assertTrue(EarlierSessions.generic("Customer 12") && !EarlierSessions.generic("Ticket 4711")
                && !EarlierSessions.generic("vm"));
    }

    @Test
    void theSessionRunningNowIsNotAnEarlierOne() throws Exception {
        CustomerSessions.past(data, "101-aaaaaa", MARCH, "Ticket 4711", "", "");
        Path now = CustomerSessions.past(data, "102-bbbbbb", MARCH.plusSeconds(60), "Ticket 4711", "", "");

        assertEquals(List.of("101-aaaaaa"), ids(new EarlierSessions(new SessionHistory(data))
                .find(List.of("Ticket 4711"), "", Optional.of(now))));
    }

    @Test
    void aLogThatCannotBeReadIsCountedAndNotGuessedAt() throws Exception {
        CustomerSessions.past(data, "101-aaaaaa", MARCH, "Ticket 4711", "", "");
        Path cut = CustomerSessions.past(data, "102-bbbbbb", MARCH.plusSeconds(60), "Ticket 4711", "", "");
        garble(cut);

        EarlierSessions.Found found = new EarlierSessions(new SessionHistory(data))
                .find(List.of("Ticket 4711"), "", Optional.empty());

        assertEquals(List.of("101-aaaaaa"), ids(found));
        assertEquals(1, found.unreadable());
    }

    /** Its second line cut short in the middle, the lines after it kept: no longer a log. */
    static void garble(Path log) throws java.io.IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).substring(0, 40));
        Files.write(log, lines, StandardCharsets.UTF_8);
    }

    private static List<String> ids(EarlierSessions.Found found) {
        return found.sessions().stream().map(earlier -> earlier.record().id()).toList();
    }
}
