package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.agent.session.RelaySessionRendezvous;
import org.tandem.customer.control.RobotInputInjector;
import org.tandem.customer.session.CertificateTechnicianVerifier;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.customer.session.CustomerControl;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerSessionListener;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.relay.RelayServer;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.input.Key;
import org.tandem.shared.input.MouseButton;
import org.tandem.shared.input.UsKeyboardLayout;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.PatternFrameSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The technician's console core types into a real xterm on the customer's X display, through a real
 * relay and the customer's consent; with control denied, taken back or the request withdrawn, nothing
 * reaches the screen.
 */
class RemoteControlE2EIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int TERMINAL_X = 200;
    private static final int TERMINAL_Y = 150;

    private final ExecutorService workers = Executors.newCachedThreadPool();
    /** The customer's answers to the control prompts to come, in order; with none queued, a prompt stays open. */
    private final BlockingQueue<Boolean> answers = new LinkedBlockingQueue<>();
    /** Control prompts left open for want of a queued answer. */
    private final BlockingQueue<CompletableFuture<Boolean>> openPrompts = new LinkedBlockingQueue<>();
    private final BlockingQueue<ControlState> controls = new LinkedBlockingQueue<>();
    private RelayServer relay;
    private RelayClient customerRelay;
    private RelayClient agentRelay;
    private ScreenSharer sharer;
    private Process xterm;
    private final CompletableFuture<Void> customerEnded = new CompletableFuture<>();

    @AfterEach
    void closeEverything() throws Exception {
        if (xterm != null) {
            xterm.destroy();
            xterm.waitFor(5, TimeUnit.SECONDS);
        }
        if (sharer != null) {
            sharer.close();
        }
        for (AutoCloseable c : new AutoCloseable[] {customerRelay, agentRelay, relay}) {
            if (c != null) {
                c.close();
            }
        }
        workers.shutdownNow();
    }

    @Test
    void technicianTypesIntoTheCustomersTerminalOnlyWhileAllowed(@TempDir Path dir) throws Exception {
        startTerminal(dir);

        Paired paired = pair(dir);
        AgentSession technician = paired.technician();

        // Denied: the customer says no; typing goes nowhere.
        answers.add(false);
        technician.requestControl();
        awaitControl(ControlState.DENIED);
        type(technician, "echo denied > denied.txt\n");

        // Allowed: the click lands where it was aimed and the typed command runs.
        answers.add(true);
        technician.requestControl();
        awaitControl(ControlState.IN_CONTROL);
        clickIntoTheTerminalAndType(technician, dir);

        // Taken back: the customer presses Stop; typing goes nowhere again.
        paired.customerControl().stop("The customer took back control.");
        awaitControl(ControlState.VIEW_ONLY);
        type(technician, "echo revoked > revoked.txt\n");
        // A marker typed locally proves the terminal was still reading while the remote keys were refused.
        run("xdotool", "type", "--delay", "5", "echo local > local.txt\n");
        Path local = dir.resolve("local.txt");
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> Files.exists(local));
        assertFalse(Files.exists(dir.resolve("denied.txt")), "nothing was typed while control was denied");
        assertFalse(Files.exists(dir.resolve("revoked.txt")), "nothing was typed after control was taken back");
        assertEquals(AgentState.VIEWING, technician.state());

        // Ended as the technician ends it, so that both logs are closed before the test's folder is removed.
        technician.end();
        customerEnded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> technician.state() == AgentState.ENDED);
    }

    @Test
    void aRequestWithdrawnBeforeTheCustomerAnswersClosesTheirQuestionAndGivesNoControl(@TempDir Path dir)
            throws Exception {
        startTerminal(dir);
        Paired paired = pair(dir);
        AgentSession technician = paired.technician();

        // Asked, and withdrawn while the customer's prompt is open: it closes unanswered.
        technician.requestControl();
        awaitControl(ControlState.REQUESTED);
        CompletableFuture<Boolean> prompt = openPrompts.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(prompt != null, "the customer was asked");
        technician.withdrawControlRequest();
        awaitControl(ControlState.WITHDRAWN);
        assertEquals(null, prompt.get(WAIT.toSeconds(), TimeUnit.SECONDS), "the prompt was closed for the customer");
        prompt.complete(true); // an Allow that comes too late
        type(technician, "echo withdrawn > withdrawn.txt\n");

        // Asked again and allowed: control works as ever.
        answers.add(true);
        requestOnceTheWithdrawalIsSettled(technician);
        awaitControl(ControlState.IN_CONTROL);
        clickIntoTheTerminalAndType(technician, dir);
        assertFalse(Files.exists(dir.resolve("withdrawn.txt")), "nothing was typed for the withdrawn request");

        technician.end();
        customerEnded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> technician.state() == AgentState.ENDED);
        for (String side : List.of("customer.log", "technician.log")) {
            List<String> types = journal(dir.resolve("logs"), side);
            int withdrawn = types.indexOf(LogEventTypes.CONSENT_WITHDRAWN);
            assertTrue(withdrawn > 0, side + ": " + types);
            assertEquals(withdrawn, types.lastIndexOf(LogEventTypes.CONSENT_WITHDRAWN), side + ": once");
            assertEquals(1, types.subList(withdrawn, types.size()).stream().filter(LogEventTypes.CONSENT_GRANTED::equals)
                    .count(), side + ": only the second request was allowed");
        }
    }

    /** An xterm running a shell in {@code dir}, at the top left of the customer's display. */
    private void startTerminal(Path dir) throws Exception {
        XDisplay.require();
        requireTool("xterm");
        requireTool("xdotool");
        Path xtermLog = dir.resolve("xterm.log");
        xterm = new ProcessBuilder("xterm", "-geometry", "80x24+0+0", "-e", "/bin/sh").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(xtermLog.toFile()).start();
        awaitTerminalWindow(xtermLog);
    }

    /** In control: the click lands where it was aimed, and a command typed into the terminal runs. */
    private static void clickIntoTheTerminalAndType(AgentSession technician, Path dir) throws Exception {
        technician.sendInput(new InputEvent.PointerMove(TERMINAL_X, TERMINAL_Y));
        technician.sendInput(new InputEvent.PointerButton(TERMINAL_X, TERMINAL_Y, MouseButton.PRIMARY, true));
        technician.sendInput(new InputEvent.PointerButton(TERMINAL_X, TERMINAL_Y, MouseButton.PRIMARY, false));
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> pointerAt(TERMINAL_X, TERMINAL_Y));
        type(technician, "echo tandem > typed.txt\n");
        Path typed = dir.resolve("typed.txt");
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> Files.exists(typed) && Files.readString(typed).equals("tandem\n"));
    }

    /** Asks for control until the console sends the request: at first it waits for the withdrawn one's answer. */
    private static void requestOnceTheWithdrawalIsSettled(AgentSession technician) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (technician.control() != ControlState.REQUESTED && technician.control() != ControlState.IN_CONTROL) {
            assertTrue(System.nanoTime() < until, "the withdrawn request was never settled");
            technician.requestControl();
            Thread.onSpinWait();
        }
    }

    private static List<String> journal(Path logs, String name) throws IOException {
        try (var files = Files.walk(logs)) {
            Path log = files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow();
            return LogReader.read(log).stream().map(LogEntry::type).toList();
        }
    }

    /** The customer's answer to a control prompt: the one queued, or none yet (the prompt stays open). */
    private CompletableFuture<Boolean> prompt() {
        Boolean queued = answers.poll();
        if (queued != null) {
            return CompletableFuture.completedFuture(queued);
        }
        CompletableFuture<Boolean> open = new CompletableFuture<>();
        openPrompts.add(open);
        return open;
    }

    private record Paired(AgentSession technician, CustomerControl customerControl) {}

    private Paired pair(Path dir) throws Exception {
        KeyPair technicianKey = Ed25519Keys.loadOrCreate(dir.resolve("keys").resolve("technician_ed25519"));
        relay = Sessions.startRelay(dir.resolve("relay"), technicianKey);
        RelayAddress address = new RelayAddress("127.0.0.1", relay.address().getPort());

        CompletableFuture<String> code = new CompletableFuture<>();
        agentRelay = RelayClient.start(dir.resolve("keys").resolve("agent-known-relays"));
        AgentSession[] technician = new AgentSession[1];
        technician[0] = new AgentSession(new AgentSession.Parts(
                RelaySessionRendezvous.factory(agentRelay, address, "dana", technicianKey), Optional.empty(),
                new SecureRandom(), Sessions.logsIn(dir.resolve("logs"), "technician:Dana", technicianKey)), "Dana",
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
                        controls.add(state);
                    }

                    @Override
                    public void frameReady(Frame frame) {
                        technician[0].frameDrawn();
                    }
                }, workers, WAIT);
        technician[0].start();

        // The customer's screen is synthetic here; the keyboard and mouse are the real ones.
        sharer = new ScreenSharer(() -> new PatternFrameSource(320, 200), TileScreenEncoder::new, Duration.ofMillis(20));
        CustomerControl control = Sessions.control(RobotInputInjector.forPrimaryScreen((event, reason) -> { }));
        customerRelay = RelayClient.start(dir.resolve("keys").resolve("customer-known-relays"));
        CompletableFuture<Void> sharing = new CompletableFuture<>();
        CustomerSession customer = new CustomerSession(new CustomerSession.Parts(
                typed -> customerRelay.connectAsCustomer(address, WAIT).join(typed.nameplate(), WAIT),
                new CertificateTechnicianVerifier(TrustedOrganisations.of(List.of()), Clock.systemUTC()), sharer, control,
                Sessions.logsIn(dir.resolve("logs"), "customer", Ed25519Keys.generate())::open, Sessions.NO_ACTIONS,
                request -> request.kind() == ConsentRequest.Kind.SESSION
                        ? CompletableFuture.completedFuture(true) : prompt()),
                new CustomerSessionListener() {
                    @Override
                    public void stateChanged(CustomerState state, String detail) {
                        if (state == CustomerState.SHARING) {
                            sharing.complete(null);
                        } else if (state == CustomerState.ENDED) {
                            customerEnded.complete(null);
                        }
                    }

                    @Override
                    public void paired(String checkString) {
                    }

                    @Override
                    public void technicianIdentified(IdentityVerdict verdict) {
                    }
                }, workers, WAIT);
        customer.connect(SessionCode.parse(code.get(WAIT.toSeconds(), TimeUnit.SECONDS)));
        sharing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> technician[0].state() == AgentState.VIEWING);
        return new Paired(technician[0], control);
    }

    private void awaitControl(ControlState wanted) throws InterruptedException {
        while (true) {
            ControlState state = controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (state == null) {
                throw new AssertionError("Control never became " + wanted);
            }
            if (state == wanted) {
                return;
            }
        }
    }

    /** Types text as the console does: key strokes of a US layout, with Shift where needed. */
    private static void type(AgentSession technician, String text) {
        for (char c : text.toCharArray()) {
            UsKeyboardLayout.Stroke stroke = c == '\n' ? new UsKeyboardLayout.Stroke(Key.ENTER, false)
                    : UsKeyboardLayout.strokeFor(c).orElseThrow();
            if (stroke.shift()) {
                technician.sendInput(new InputEvent.KeyStroke(Key.SHIFT, true));
            }
            technician.sendInput(new InputEvent.KeyStroke(stroke.key(), true));
            technician.sendInput(new InputEvent.KeyStroke(stroke.key(), false));
            if (stroke.shift()) {
                technician.sendInput(new InputEvent.KeyStroke(Key.SHIFT, false));
            }
        }
    }

    private static boolean pointerAt(int x, int y) throws IOException, InterruptedException {
        String location = run("xdotool", "getmouselocation", "--shell");
        return location.contains("X=" + x + "\n") && location.contains("Y=" + y + "\n");
    }

    /**
     * Waits for the terminal's window; if it does not come, says what the terminal and xdotool said,
     * so that a slow or failed start can be told apart from a hung display.
     */
    private void awaitTerminalWindow(Path xtermLog) throws Exception {
        // xdotool's --sync waits for the window itself; the process timeout bounds the wait.
        Process search = new ProcessBuilder("xdotool", "search", "--sync", "--onlyvisible", "--pid",
                String.valueOf(xterm.pid())).redirectErrorStream(true).start();
        boolean answered = search.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (!answered) {
            search.destroyForcibly();
        }
        String answer = answered ? new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()
                : "no window within " + WAIT.toSeconds() + " s";
        if (answered && search.exitValue() == 0 && !answer.isEmpty()) {
            return;
        }
        String state = xterm.isAlive() ? "still running" : "exited with " + xterm.exitValue();
        throw new AssertionError("The terminal's window did not appear: xterm " + state + ", its output <"
                + Files.readString(xtermLog).strip() + ">, xdotool's answer <" + answer + ">");
    }

    private static void requireTool(String tool) throws Exception {
        boolean present = !run("sh", "-c", "command -v " + tool + " || true").isBlank();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(tool + " is required in CI (.ci/install-system-packages installs it)");
        }
        assumeTrue(present, tool + " is not installed: remote-control end-to-end test skipped");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "command finished: " + List.of(command));
        return new String(out, StandardCharsets.UTF_8);
    }
}
