package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionListener;

/** The steps before a session is paired, when the technician ends it or the relay fails on the way. */
class SessionOpeningTest {
    private static final SessionListener READER = new SessionListener() {
        @Override
        public void received(SessionMessage message) {
        }

        @Override
        public void ended(SessionEndReason reason) {
        }
    };

    private final List<AgentState> moves = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private final List<Object> opened = new ArrayList<>();
    /** Where the session stands, as the opening reads it. */
    private volatile AgentState state = AgentState.CREATING;
    private volatile boolean cancelled;

    private final AgentSessionListener listener = new AgentSessionListener() {
        @Override
        public void stateChanged(AgentState next, String detail) {
        }

        @Override
        public void codeReady(String code) {
            codes.add(code);
        }

        @Override
        public void paired(String checkString) {
            opened.add(checkString);
        }

        @Override
        public void controlChanged(ControlState next, String detail) {
        }
    };

    private SessionOpening opening(SessionRendezvous rendezvous) {
        AgentSession.Parts parts = new AgentSession.Parts(() -> rendezvous, Optional.empty(), new SecureRandom(),
                id -> {
                    throw new IOException("no journal in this test");
                });
        return new SessionOpening(parts, "Dana", "technician:Dana", listener, Duration.ofSeconds(1), () -> state,
                (next, detail) -> {
                    moves.add(next);
                    details.add(detail);
                });
    }

    /** A rendezvous under nameplate 482 whose customer arrives as {@code joining} does. */
    private SessionRendezvous rendezvous(Joining joining) {
        return new SessionRendezvous() {
            @Override
            public String nameplate() {
                return "482";
            }

            @Override
            public RelayLink awaitCustomer(Duration timeout) throws IOException {
                return joining.join();
            }

            @Override
            public void cancel() {
                cancelled = true;
            }
        };
    }

    @FunctionalInterface
    private interface Joining {
        RelayLink join() throws IOException;
    }

    @Test
    void aCustomerWhoJoinsAfterTheTechnicianEndedIsLetGoUnpaired() {
        ClosingLink late = new ClosingLink();
        opening(rendezvous(() -> {
            state = AgentState.ENDED; // the technician pressed End session while waiting
            return late;
        })).open(new org.tandem.shared.relay.client.ConnectAttempt(), (channel, book) -> opened.add(book), READER);

        assertTrue(late.closed, "the customer's link is closed");
        assertEquals(List.of(), opened, "nothing was paired or recorded");
        assertEquals(List.of(AgentState.WAITING_FOR_CUSTOMER), moves, "the end the technician chose stands");
        assertTrue(codes.get(0).startsWith("482-"), codes.toString());
    }

    @Test
    void aWaitThatFailsBecauseTheTechnicianEndedSaysNothingMore() {
        opening(rendezvous(() -> {
            state = AgentState.ENDED; // ending gives the code back, which ends the wait
            throw new IOException("the nameplate was given back");
        })).open(new org.tandem.shared.relay.client.ConnectAttempt(), (channel, book) -> opened.add(book), READER);

        assertEquals(List.of(AgentState.WAITING_FOR_CUSTOMER), moves, details.toString());
    }

    @Test
    void aRelayThatCannotBeReachedEndsTheSessionInTheConsolesWords() {
        // As the relay client reports a refused connection: its words, and the network's failure as the cause.
        failingToReachTheRelay(new IOException("Cannot reach the relay at 127.0.0.1:2222: Connection refused",
                new java.net.ConnectException("Connection refused")));

        assertEquals(List.of(AgentState.ENDED), moves);
        assertEquals(List.of("The session could not start: the console could not reach Tandem's relay. Check that this "
                + "computer is connected to the network and that the relay is running, then press New code."), details);
        assertEquals(List.of(), codes, "no code without a nameplate");
    }

    @Test
    void eachWayTheRelayFailsIsToldApartInTheConsolesWords() {
        failingToReachTheRelay(new java.net.SocketTimeoutException("The relay at 127.0.0.1:2222 did not answer within 10 s"));
        failingToReachTheRelay(new org.tandem.shared.relay.client.RelayRefusedException(
                org.tandem.shared.relay.RelayMessage.Error.CLOSING, "closing"));
        failingToReachTheRelay(new org.tandem.shared.relay.client.RelayHostKeyChangedException(
                "host key of 127.0.0.1:2222 changed"));
        failingToReachTheRelay(new org.tandem.shared.relay.client.RelayLoginRefusedException("auth failed", null));
        failingToReachTheRelay(new IOException("something else at 127.0.0.1:2222"));

        assertEquals(List.of(
                "The session could not start: Tandem's relay did not answer in time. Check that this computer is "
                        + "connected to the network, then press New code.",
                "The session could not start: Tandem's relay is restarting. Press New code in a minute.",
                "The session could not start: the relay is not the one this console knows, so someone may be posing "
                        + "as it. Nothing was shared. Tell whoever runs your relay.",
                "The session could not start: the relay did not accept this console. Check that your technician "
                        + "certificate is installed, or tell whoever runs your relay.",
                "The session could not start: the relay could not be reached or refused the session, or the session's "
                        + "record could not be saved. The console's log has the details."), details);
        assertTrue(details.stream().noneMatch(d -> d.contains("127.0.0.1")), "no raw failure text: " + details);
    }

    /** Opens a session whose relay fails with {@code failure} before any code is reserved. */
    private void failingToReachTheRelay(IOException failure) {
        new SessionOpening(new AgentSession.Parts(() -> {
            throw failure;
        }, Optional.empty(), new SecureRandom(), id -> null), "Dana", "technician:Dana", listener, Duration.ofSeconds(1),
                () -> state, (next, detail) -> {
                    moves.add(next);
                    details.add(detail);
                }).open(new org.tandem.shared.relay.client.ConnectAttempt(), (channel, book) -> opened.add(book), READER);
    }

    @Test
    void cancellingGivesTheReservedCodeBackOnlyOnceOneWasReserved() {
        SessionOpening opening = opening(rendezvous(() -> {
            throw new IOException("the nameplate was given back");
        }));
        opening.cancel();
        assertFalse(cancelled, "nothing was reserved yet");

        state = AgentState.ENDED;
        opening.open(new org.tandem.shared.relay.client.ConnectAttempt(), (channel, book) -> opened.add(book), READER);
        opening.cancel();
        assertTrue(cancelled, "the reserved nameplate is given back");
    }

    /** A link that only records whether it was closed. */
    private static final class ClosingLink implements RelayLink {
        volatile boolean closed;

        @Override
        public InputStream input() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public OutputStream output() {
            return new ByteArrayOutputStream();
        }

        @Override
        public boolean isOpen() {
            return !closed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
