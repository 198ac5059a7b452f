package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.ConnectAttempt;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.session.SessionPairing;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.SocketLinks;

/** The customer's side of opening a session, against a technician end that pairs over loopback. */
class SessionOpeningTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final SessionCode CODE = SessionCode.parse("482-193 775");

    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final List<String> details = new CopyOnWriteArrayList<>();
    private final BlockingQueue<SessionMessage> atTechnician = new LinkedBlockingQueue<>();
    private SessionChannel technician;
    private SessionChannel customer;
    @TempDir
    Path logDir;

    private final CustomerSessionListener listener = new CustomerSessionListener() {
        @Override
        public void stateChanged(CustomerState state, String detail) {
        }

        @Override
        public void paired(String checkString) {
            steps.add("paired");
        }

        @Override
        public void technicianIdentified(IdentityVerdict verdict) {
        }
    };

    private static final SessionListener IGNORING = new SessionListener() {
        @Override
        public void received(SessionMessage message) {
        }

        @Override
        public void ended(SessionEndReason reason) {
        }
    };

    @AfterEach
    void closeBothEnds() {
        if (technician != null) {
            technician.close();
        }
        if (customer != null) {
            customer.close();
        }
    }

    /** The technician's end pairing under the same code on the second of {@code links}, in the background. */
    private static CompletableFuture<SessionPairing.Paired> technicianPairs(SocketLinks.Pair links) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SessionPairing.pair(links.second(), PairingRole.TECHNICIAN, CODE, WAIT);
            } catch (java.io.IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    /** Opens with {@code logs} against a technician end that pairs under the same code; returns the technician's link. */
    private RelayLink open(CustomerLogs logs) throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        CompletableFuture<SessionPairing.Paired> technicianSide = technicianPairs(links);
        SessionOpening opening = new SessionOpening(code -> links.first(), logs, new ReconnectPlan(), listener,
                (next, detail) -> {
                    steps.add(next.name());
                    details.add(detail);
                });

        opening.open(CODE, new ConnectAttempt(), (paired, book) -> {
            customer = paired.channel();
            steps.add("opened");
        }, IGNORING);

        technician = technicianSide.get(WAIT.toSeconds(), TimeUnit.SECONDS).channel();
        return links.second();
    }

    @Test
    void theSessionTakesTheChannelAndJournalBeforeItIsConnectedAndTheHelloGoesFirst() throws Exception {
        open(id -> SessionLogWriter.create(logDir.resolve(id).resolve("customer.log"), id, "customer",
                Ed25519Keys.generate(), 20, Clock.systemUTC()));
        technician.start(new SessionListener() {
            @Override
            public void received(SessionMessage message) {
                atTechnician.add(message);
            }

            @Override
            public void ended(SessionEndReason reason) {
            }
        }, "test-technician");

        assertEquals(List.of(CustomerState.CONNECTING.name(), "opened", "paired", CustomerState.CONNECTED.name()), steps,
                "joined, the customer reads that the connection is being secured");
        assertEquals(SessionOpening.SECURING, details.get(0));
        Hello hello = assertInstanceOf(Hello.class, atTechnician.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(Role.CUSTOMER, hello.role());
        assertEquals(Protocol.VERSION, hello.protocolVersion());
        assertEquals(SessionOpening.CAPABILITIES, hello.capabilities());
    }

    @Test
    void aJournalThatCannotBeOpenedEndsTheSessionBeforeAnythingIsSaidOrShared() throws Exception {
        RelayLink technicianLink = open(id -> {
            throw new java.io.IOException("No space left on device");
        });

        assertEquals(List.of(CustomerState.CONNECTING.name(), CustomerState.ENDED.name()), steps,
                "not handed to the session, not connected");
        assertTrue(details.get(1).startsWith("The session could not start because Tandem could not save its record"),
                details.toString());
        assertEquals(-1, assertTimeoutPreemptively(WAIT, () -> technicianLink.input().read()),
                "the customer closed the pipe without a word, not even its hello");
    }

    @Test
    void aCodeThisComputerAlreadyUsedIsCalledSpentWhenTheRelaySaysItIsTaken() throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        CompletableFuture<SessionPairing.Paired> technicianSide = technicianPairs(links);
        java.util.concurrent.atomic.AtomicInteger joins = new java.util.concurrent.atomic.AtomicInteger();
        SessionOpening opening = new SessionOpening(code -> {
            if (joins.getAndIncrement() == 0) {
                return links.first();
            }
            // The relay keeps a joined code as in use after its session, so that nobody else gets it.
            throw new org.tandem.shared.relay.client.RelayRefusedException(
                    org.tandem.shared.relay.RelayMessage.Error.IN_USE, "That session code is already in use.");
        }, id -> SessionLogWriter.create(logDir.resolve(id).resolve("customer.log"), id, "customer",
                Ed25519Keys.generate(), 20, Clock.systemUTC()), new ReconnectPlan(), listener,
                (next, detail) -> {
                    steps.add(next.name());
                    details.add(detail);
                });
        opening.open(CODE, new ConnectAttempt(), (paired, book) -> customer = paired.channel(), IGNORING);
        technician = technicianSide.get(WAIT.toSeconds(), TimeUnit.SECONDS).channel();
        customer.close();
        details.clear();

        opening.open(CODE, new ConnectAttempt(), (paired, book) -> steps.add("opened again"), IGNORING);

        assertEquals(List.of("This code can no longer be used. Ask your technician for a new code."), details);
    }

    @Test
    void aCodeThatDidNotMatchIsSpentAndTryingItAgainSaysItCanNoLongerBeUsed() throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        SessionCode technicianCode = new SessionCode(CODE.nameplate(), "000000");
        CompletableFuture<SessionPairing.Paired> technicianSide = CompletableFuture.supplyAsync(() -> {
            try {
                return SessionPairing.pair(links.second(), PairingRole.TECHNICIAN, technicianCode, WAIT);
            } catch (java.io.IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        java.util.concurrent.atomic.AtomicInteger joins = new java.util.concurrent.atomic.AtomicInteger();
        List<SessionCode> spent = new CopyOnWriteArrayList<>();
        CustomerSessionListener hearing = new CustomerSessionListener() {
            @Override
            public void stateChanged(CustomerState state, String detail) {
            }

            @Override
            public void paired(String checkString) {
            }

            @Override
            public void technicianIdentified(IdentityVerdict verdict) {
            }

            @Override
            public void codeSpent(SessionCode code) {
                spent.add(code);
            }
        };
        SessionOpening opening = new SessionOpening(code -> {
            if (joins.getAndIncrement() == 0) {
                return links.first();
            }
            throw new org.tandem.shared.relay.client.RelayRefusedException(
                    org.tandem.shared.relay.RelayMessage.Error.IN_USE, "That session code is already in use.");
        }, id -> {
            throw new AssertionError("a code that did not match opens no log");
        }, new ReconnectPlan(), hearing, (next, detail) -> details.add(detail));

        opening.open(CODE, new ConnectAttempt(), (paired, book) -> steps.add("opened"), IGNORING);
        assertTrue(technicianSide.handle((paired, error) -> error != null).get(WAIT.toSeconds(), TimeUnit.SECONDS),
                "the technician's end paired under another secret");

        assertEquals(List.of(SessionOpening.SECURING, ConnectFailureWords.CODE_MISMATCH), details);
        assertEquals(List.of(CODE), spent, "the view was not told that the code cannot be used again");
        details.clear();

        opening.open(CODE, new ConnectAttempt(), (paired, book) -> steps.add("opened"), IGNORING);

        assertEquals(List.of("This code can no longer be used. Ask your technician for a new code."), details,
                "no session took place under this code, so it was never \"used for a session that has ended\"");
        assertEquals(List.of(CODE, CODE), spent);
        assertEquals(List.of(), steps);
    }
}
