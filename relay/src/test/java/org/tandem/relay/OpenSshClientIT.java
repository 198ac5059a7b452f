package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.tandem.relay.LoopbackRelay.TIMEOUT;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.RelayMessageCodec;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * The relay seen by the real OpenSSH client: what a curious or hostile user could try with
 * {@code ssh} is refused, and the relay envelope works by hand.
 */
class OpenSshClientIT {
    private static Path ssh;

    @TempDir
    Path dir;

    private final RelayMessageCodec codec = new RelayMessageCodec();
    private LoopbackRelay relay;

    @BeforeAll
    static void findOpenSsh() {
        ssh = SshProcess.findSsh().orElse(null);
        if (ssh == null) {
            String why = "The OpenSSH client (ssh) is not installed; install openssh-client to run these tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    @BeforeEach
    void startRelay() throws IOException {
        relay = LoopbackRelay.start(dir);
    }

    @AfterEach
    void stopRelay() {
        relay.close();
    }

    @Test
    void aCommandIsNotRunForTheCustomer() throws Exception {
        Path marker = dir.resolve("command-ran");

        int exit = runToEnd(batch("customer", List.of(), "touch " + marker));

        assertNotEquals(0, exit);
        assertFalse(Files.exists(marker), "the command must not have run");
    }

    @Test
    void aCommandIsNotRunForATechnicianEither() throws Exception {
        relay.addTechnician("alice");
        Path marker = dir.resolve("command-ran");
        List<String> command = batch("alice", List.of("-i", relay.technicianKeyFile("alice").toString()), "touch " + marker);

        try (SshProcess process = SshProcess.start(command)) {
            assertNotEquals(0, process.waitForExit(TIMEOUT));
            assertTrue(process.stderr().contains("exec request failed"), process.stderr());
        }
        assertFalse(Files.exists(marker), "the command must not have run");
    }

    @Test
    void noShellIsStarted() throws Exception {
        try (SshProcess process = SshProcess.start(batch("customer", List.of("-T")))) {
            assertNotEquals(0, process.waitForExit(TIMEOUT));
            assertTrue(process.stderr().contains("shell request failed"), process.stderr());
        }
    }

    @Test
    void noTerminalIsAllocated() throws Exception {
        try (SshProcess process = SshProcess.start(batch("customer", List.of("-tt")))) {
            assertNotEquals(0, process.waitForExit(TIMEOUT));
            assertTrue(process.stderr().contains("PTY allocation request failed"), process.stderr());
        }
    }

    @Test
    void localPortForwardingIsRefused() throws Exception {
        try (ServerSocket target = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            int localPort = freePort();
            List<String> command = batch("customer",
                    List.of("-v", "-N", "-L", "127.0.0.1:" + localPort + ":127.0.0.1:" + target.getLocalPort()));
            try (SshProcess process = SshProcess.start(command)) {
                process.stderrLine(line -> line.contains("Local forwarding listening on 127.0.0.1 port " + localPort))
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

                try (Socket forwarded = connectWhileListening(localPort, process)) {
                    forwarded.setSoTimeout((int) TIMEOUT.toMillis());
                    assertEquals(-1, forwarded.getInputStream().read(), "ssh drops the connection it cannot forward");
                }
                process.stderrLine(line -> line.contains("open failed")).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            target.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, target::accept, "nothing reached the target");
        }
    }

    @Test
    void remotePortForwardingIsRefused() throws Exception {
        try (ServerSocket target = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<String> command = batch("customer",
                    List.of("-N", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:" + target.getLocalPort()));

            try (SshProcess process = SshProcess.start(command)) {
                assertNotEquals(0, process.waitForExit(TIMEOUT));
                assertTrue(process.stderr().contains("remote port forwarding failed"), process.stderr());
            }
        }
    }

    @Test
    void passwordAndKeyboardInteractiveLoginsAreNotOffered() throws Exception {
        Path askpass = dir.resolve("askpass.sh");
        Files.writeString(askpass, "#!/bin/sh\necho secret\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        List<String> command = SshProcess.baseCommand(ssh, relay.port());
        command.addAll(List.of("-o", "PubkeyAuthentication=no",
                "-o", "PreferredAuthentications=password,keyboard-interactive",
                "-o", "NumberOfPasswordPrompts=1",
                "alice@127.0.0.1", "true"));

        try (SshProcess process = SshProcess.start(command,
                Map.of("SSH_ASKPASS", askpass.toString(), "SSH_ASKPASS_REQUIRE", "force", "DISPLAY", ":0"))) {
            process.stdin().close();

            assertNotEquals(0, process.waitForExit(TIMEOUT));
            assertTrue(process.stderr().contains("Permission denied (publickey)"), process.stderr());
        }
    }

    @Test
    void keyExchangeIsStrictPostQuantumAndAead() throws Exception {
        try (SshProcess process = SshProcess.start(batch("customer", List.of("-vvv"), "true"))) {
            process.waitForExit(TIMEOUT);
            String log = process.stderr();

            assertTrue(log.matches("(?s).*kex: algorithm: (mlkem768x25519-sha256|sntrup761x25519-sha512(@openssh.com)?)\n.*"), log);
            assertTrue(log.contains("kex: host key algorithm: ssh-ed25519"), log);
            assertTrue(log.matches("(?s).*kex: server->client cipher: (chacha20-poly1305@openssh.com|aes(128|256)-gcm@openssh.com) .*"), log);
            if (log.contains("kex-strict-c-v00@openssh.com")) {
                assertTrue(log.contains("will use strict KEX ordering"), log);
            }
            assertTrue(log.contains("remote software version TandemRelay"), log);
        }
    }

    @Test
    void twoOpenSshClientsPairAndPassBytesBothWays() throws Exception {
        relay.addTechnician("alice");
        try (SshProcess technician = SshProcess.start(subsystem("alice", "-i", relay.technicianKeyFile("alice").toString()));
                SshProcess customer = SshProcess.start(subsystem("customer"))) {
            technician.writeLine("{\"type\":\"create\"}");
            RelayMessage created = codec.decode(technician.readLine(TIMEOUT).getBytes(StandardCharsets.UTF_8));
            String nameplate = assertInstanceOf(RelayMessage.Created.class, created).nameplate();

            customer.writeLine("{\"type\":\"join\",\"nameplate\":\"" + nameplate + "\"}");

            assertEquals("{\"type\":\"paired\"}", customer.readLine(TIMEOUT));
            assertEquals("{\"type\":\"paired\"}", technician.readLine(TIMEOUT));

            byte[] toCustomer = randomBytes(256 * 1024, 1);
            technician.stdin().write(toCustomer);
            technician.stdin().flush();
            assertArrayEquals(toCustomer, customer.readBytes(toCustomer.length, TIMEOUT));

            byte[] toTechnician = randomBytes(256 * 1024, 2);
            customer.stdin().write(toTechnician);
            customer.stdin().flush();
            assertArrayEquals(toTechnician, technician.readBytes(toTechnician.length, TIMEOUT));

            customer.stdin().close();
            assertEquals(-1, technician.readByte(TIMEOUT), "the customer's end of data reaches the technician");
            technician.stdin().close();
            assertEquals(-1, customer.readByte(TIMEOUT));
            assertEquals(0, technician.waitForExit(TIMEOUT), technician.stderr());
            assertEquals(0, customer.waitForExit(TIMEOUT), customer.stderr());
        }
    }

    @Test
    void aTechnicianWhoLeavesBeforeAnyoneJoinsTakesTheNameplateAlong() throws Exception {
        relay.addTechnician("alice");
        String nameplate;
        try (SshProcess technician = SshProcess.start(subsystem("alice", "-i", relay.technicianKeyFile("alice").toString()))) {
            nameplate = create(technician);

            technician.stdin().close();

            assertEquals(-1, technician.readByte(TIMEOUT), "the relay ends the channel");
        }
        assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, joinError(nameplate));
    }

    @Test
    void aTechnicianMayWithdrawWithClose() throws Exception {
        relay.addTechnician("alice");
        String nameplate;
        try (SshProcess technician = SshProcess.start(subsystem("alice", "-i", relay.technicianKeyFile("alice").toString()))) {
            nameplate = create(technician);

            technician.writeLine("{\"type\":\"close\"}");

            assertEquals(-1, technician.readByte(TIMEOUT), "the relay ends the channel");
            assertEquals(0, technician.waitForExit(TIMEOUT), technician.stderr());
        }
        assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, joinError(nameplate));
    }

    @Test
    void aTechnicianWhoSendsDataBeforePairingIsToldOff() throws Exception {
        relay.addTechnician("alice");
        try (SshProcess technician = SshProcess.start(subsystem("alice", "-i", relay.technicianKeyFile("alice").toString()))) {
            String nameplate = create(technician);

            technician.writeLine("too early");

            RelayMessage reply = codec.decode(technician.readLine(TIMEOUT).getBytes(StandardCharsets.UTF_8));
            assertEquals(RelayMessage.Error.BAD_REQUEST, assertInstanceOf(RelayMessage.Error.class, reply).code());
            assertEquals(-1, technician.readByte(TIMEOUT));
            assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, joinError(nameplate));
        }
    }

    @Test
    void anUnknownNameplateIsAnErrorLineAndTheCustomerMayTryAgain() throws Exception {
        try (SshProcess customer = SshProcess.start(subsystem("customer"))) {
            customer.writeLine("{\"type\":\"join\",\"nameplate\":\"999999\"}");

            RelayMessage reply = codec.decode(customer.readLine(TIMEOUT).getBytes(StandardCharsets.UTF_8));
            assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, assertInstanceOf(RelayMessage.Error.class, reply).code());

            customer.writeLine("{\"type\":\"join\",\"nameplate\":\"999998\"}");
            reply = codec.decode(customer.readLine(TIMEOUT).getBytes(StandardCharsets.UTF_8));
            assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, assertInstanceOf(RelayMessage.Error.class, reply).code());
        }
    }

    @Test
    void anythingButCreateOrJoinIsABadRequestThatEndsTheChannel() throws Exception {
        try (SshProcess customer = SshProcess.start(subsystem("customer"))) {
            customer.writeLine("hello relay");

            RelayMessage reply = codec.decode(customer.readLine(TIMEOUT).getBytes(StandardCharsets.UTF_8));
            assertEquals(RelayMessage.Error.BAD_REQUEST, assertInstanceOf(RelayMessage.Error.class, reply).code());
            assertEquals(-1, customer.readByte(TIMEOUT));
            customer.waitForExit(TIMEOUT);
        }
    }

    @Test
    void aCustomerSendingCreateIsToldItIsNotAllowed() throws Exception {
        try (SshProcess customer = SshProcess.start(subsystem("customer"))) {
            customer.writeLine("{\"type\":\"create\"}");

            RelayMessage reply = codec.decode(customer.readLine(TIMEOUT).getBytes(StandardCharsets.UTF_8));
            assertEquals(RelayMessage.Error.NOT_ALLOWED, assertInstanceOf(RelayMessage.Error.class, reply).code());
            assertEquals(-1, customer.readByte(TIMEOUT));
        }
    }

    @Test
    void anotherSubsystemIsRefused() throws Exception {
        try (SshProcess process = SshProcess.start(subsystemCommand("customer", "sftp"))) {
            process.stdin().close();
            assertNotEquals(0, process.waitForExit(TIMEOUT));
            assertTrue(process.stderr().contains("subsystem request failed"), process.stderr());
        }
    }

    @Test
    void keyFilesWorkWithOpenSshTools() throws Exception {
        KeyPair alice = relay.addTechnician("alice");
        Path keygen = ssh.resolveSibling("ssh-keygen");
        Assumptions.assumeTrue(Files.isExecutable(keygen), "ssh-keygen is not installed next to ssh");

        String publicLine = output(List.of(keygen.toString(), "-y", "-f", relay.technicianKeyFile("alice").toString()));
        String hostFingerprint = output(List.of(keygen.toString(), "-l", "-f",
                dir.resolve("relay").resolve(RelaySettings.HOST_KEY_FILE + ".pub").toString()));

        assertTrue(publicLine.startsWith(Ed25519Keys.authorizedKeysLine(alice.getPublic(), null)), publicLine);
        assertTrue(hostFingerprint.contains(relay.server().hostKeyFingerprint()), hostFingerprint);
    }

    /** Sends {@code create} and returns the nameplate from the answer. */
    private String create(SshProcess technician) throws Exception {
        technician.writeLine("{\"type\":\"create\"}");
        RelayMessage created = codec.decode(technician.readLine(TIMEOUT).getBytes(StandardCharsets.UTF_8));
        return assertInstanceOf(RelayMessage.Created.class, created).nameplate();
    }

    /** Joins as a new customer and returns the error code the relay answers with. */
    private String joinError(String nameplate) throws Exception {
        try (SshProcess customer = SshProcess.start(subsystem("customer"))) {
            customer.writeLine("{\"type\":\"join\",\"nameplate\":\"" + nameplate + "\"}");
            RelayMessage reply = codec.decode(customer.readLine(TIMEOUT).getBytes(StandardCharsets.UTF_8));
            return assertInstanceOf(RelayMessage.Error.class, reply).code();
        }
    }

    /** An ssh run that never prompts: options, {@code user@127.0.0.1}, then the remote command if any. */
    private List<String> batch(String user, List<String> options, String... remoteCommand) {
        List<String> command = SshProcess.baseCommand(ssh, relay.port());
        command.addAll(List.of("-o", "BatchMode=yes"));
        command.addAll(options);
        command.add(user + "@127.0.0.1");
        command.addAll(List.of(remoteCommand));
        return command;
    }

    /** {@code ssh -s user@127.0.0.1 tandem}, the relay's subsystem, with stdin and stdout as the channel. */
    private List<String> subsystem(String user, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.add("-s");
        return batch(user, all, "tandem");
    }

    private List<String> subsystemCommand(String user, String name) {
        return batch(user, List.of("-s"), name);
    }

    private static int runToEnd(List<String> command) throws Exception {
        try (SshProcess process = SshProcess.start(command)) {
            process.stdin().close();
            return process.waitForExit(TIMEOUT);
        }
    }

    private static String output(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream in = process.getInputStream()) {
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail(command + " did not finish");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Connects to ssh's local forward. ssh says it listens a moment before the port takes
     * connections on a busy machine, so a refused connection is tried again within the time limit.
     */
    private static Socket connectWhileListening(int port, SshProcess process) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                return new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (java.net.ConnectException refused) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("ssh's forward on port " + port + " never took a connection: "
                            + process.stderr(), refused);
                }
                CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)).get();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }
}
