package org.tandem.agent.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/** What the technician may call a customer mid-session, and what the console's log keeps of it (decision 0046). */
class CustomerNameTest {
    private static final String DANA = "technician:Dana Scully";
    @TempDir
    Path dir;

    static Stream<Arguments> namesNotTaken() {
        return Stream.of(Arguments.of("", CustomerName.Problem.EMPTY), Arguments.of("   ", CustomerName.Problem.EMPTY),
                Arguments.of("Ana\nMartin", CustomerName.Problem.CONTROL_CHARACTERS),
                Arguments.of("Ana\tMartin", CustomerName.Problem.CONTROL_CHARACTERS),
                Arguments.of("Ana\u0007", CustomerName.Problem.CONTROL_CHARACTERS),
                Arguments.of("Ana\u202E", CustomerName.Problem.CONTROL_CHARACTERS),
                Arguments.of("An\u200Ba", CustomerName.Problem.CONTROL_CHARACTERS),
                Arguments.of("Ana\u2028Martin", CustomerName.Problem.CONTROL_CHARACTERS));
    }

    @ParameterizedTest
    @MethodSource("namesNotTaken")
    void aNameThatIsEmptyOrHidesCharactersIsNotTaken(String typed, CustomerName.Problem problem) {
        assertEquals(Optional.of(problem), CustomerName.check(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana", "  Ana Martin  ", "José Ñúñez-O'Brien", "李小龍", "Ticket #4711"})
    void anOrdinaryNameIsTakenWithoutTheSpacesAroundIt(String typed) {
        assertEquals(Optional.empty(), CustomerName.check(typed));
        assertEquals(typed.strip(), CustomerName.kept(typed));
    }

    @Test
    void sixtyCharactersAreANameAndSixtyOneAreNot() {
        assertEquals(Optional.empty(), CustomerName.check("A".repeat(CustomerName.MAX_LENGTH)));
        assertEquals(Optional.of(CustomerName.Problem.TOO_LONG), CustomerName.check("A".repeat(CustomerName.MAX_LENGTH + 1)));
        assertEquals(Optional.empty(), CustomerName.check("😀".repeat(CustomerName.MAX_LENGTH)), "counted as characters, not halves");
    }

    @Test
    void theConversationRecordsANameByTheTechnicianAndNothingForANameNotTaken() throws Exception {
        Path file = dir.resolve("technician.log");
        SessionLogbook book = new SessionLogbook(SessionLogWriter.create(file, "s1", DANA, Ed25519Keys.generate(), 50,
                Clock.systemUTC()), DANA);
        AgentConversation conversation = new AgentConversation(book, DANA, message -> {
            throw new AssertionError("a name is not sent to the customer: " + message);
        }, new AgentConversation.Listener() { }, Clock.systemUTC());

        assertFalse(conversation.nameCustomer("Ana\nMartin"));
        assertFalse(conversation.nameCustomer(" "));
        assertTrue(conversation.nameCustomer("  Ana "));
        book.lost(org.tandem.shared.session.SessionEnding.TECHNICIAN_ENDED);
        assertFalse(conversation.nameCustomer("Bea"), "nothing is recorded once the log is closed");

        List<LogEntry> named = LogReader.read(file).stream().filter(e -> e.type().equals("customer.named")).toList();
        assertEquals(1, named.size());
        assertEquals(DANA, named.get(0).actor());
        assertEquals("Ana", named.get(0).detail("name"));
    }
}
