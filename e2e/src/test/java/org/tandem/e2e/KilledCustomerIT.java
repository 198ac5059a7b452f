package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.agent.session.RelaySessionRendezvous;
import org.tandem.relay.RelayServer;
import org.tandem.shared.log.LogVerification;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.ssh.Ed25519Keys;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The customer's process is killed in the middle of a session: its log still verifies up to its last
 * complete line and reads as "not closed", never as corrupt; the technician's log closes by itself.
 */
class KilledCustomerIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private RelayServer relay;
    private RelayClient agentRelay;
    private Process customer;

    @AfterEach
    void closeEverything() throws Exception {
        if (customer != null) {
            customer.destroyForcibly();
        }
        if (agentRelay != null) {
            agentRelay.close();
        }
        if (relay != null) {
            relay.close();
        }
        workers.shutdownNow();
    }

    @Test
    void aKilledCustomersLogReadsAsNotClosed(@TempDir Path dir) throws Exception {
        KeyPair technicianKey = Ed25519Keys.generate();
        relay = Sessions.startRelay(dir.resolve("relay"), technicianKey);
        String address = "127.0.0.1:" + relay.address().getPort();

        CompletableFuture<String> code = new CompletableFuture<>();
        AgentSession[] technician = new AgentSession[1];
        agentRelay = RelayClient.start(dir.resolve("agent-known-relays"));
        technician[0] = new AgentSession(new AgentSession.Parts(RelaySessionRendezvous.factory(agentRelay,
                org.tandem.shared.relay.client.RelayAddress.parse(address), "dana", technicianKey), Optional.empty(),
                new SecureRandom(), Sessions.logsIn(dir.resolve("agent"), "technician:Dana", technicianKey)), "Dana",
                new AgentSessionListener() {
                    @Override
                    public void stateChanged(AgentState state, String detail) {
                    }

                    @Override
                    public void codeReady(String value) {
                        code.complete(value);
                    }

                    @Override
                    public void paired(String checkString) {
                    }

                    @Override
                    public void controlChanged(ControlState state, String detail) {
                    }

                    @Override
                    public void frameReady(Frame frame) {
                        technician[0].frameDrawn();
                    }
                }, workers, WAIT);
        technician[0].start();

        Path customerLogs = dir.resolve("customer");
        customer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CustomerProcessMain.class.getName(), address,
                code.get(WAIT.toSeconds(), TimeUnit.SECONDS), customerLogs.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(customer.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> sharing = CompletableFuture.runAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("SHARING")) {
                        return;
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("The customer process ended before sharing");
        }, workers);
        sharing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> technician[0].state() == AgentState.VIEWING);

        customer.destroyForcibly(); // SIGKILL: no shutdown hook, no final checkpoint
        assertTrue(customer.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));

        Path customerLog;
        try (var files = Files.walk(customerLogs)) {
            customerLog = files.filter(f -> f.getFileName().toString().equals("customer.log")).findFirst().orElseThrow();
        }
        LogVerification verdict = SessionLogVerifier.verify(customerLog);
        LogVerification.NotClosed notClosed = assertInstanceOf(LogVerification.NotClosed.class, verdict, verdict.describe());
        assertTrue(notClosed.lastGoodSeq() >= 5, "the events before the kill are all there: " + notClosed.lastGoodSeq());

        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> technician[0].state() == AgentState.ENDED);
        Path technicianLog;
        try (var files = Files.walk(dir.resolve("agent"))) {
            technicianLog = files.filter(f -> f.getFileName().toString().equals("technician.log")).findFirst().orElseThrow();
        }
        LogVerification theirs = SessionLogVerifier.verify(technicianLog);
        LogVerification.Intact intact = assertInstanceOf(LogVerification.Intact.class, theirs, theirs.describe());
        assertTrue(intact.closed() && intact.receipt().isEmpty(), "closed on the lost connection, without a receipt");
    }
}
