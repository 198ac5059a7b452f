package org.tandem.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.agent.session.RelaySessionRendezvous;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.customer.session.CertificateTechnicianVerifier;
import org.tandem.customer.session.CustomerControl;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerSessionListener;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.e2e.SessionWatch.Side;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.PatternFrameSource;

/**
 * A customer and a technician in a session, built from the apps' real session cores as the apps
 * build them: the technician reaches the relay directly, the customer through the rig's
 * {@link FaultProxy}. The customer says yes to every question; every report of both sides goes to
 * a {@link SessionWatch}.
 */
final class PairedSession implements AutoCloseable {
    static final String STATE = "state";
    static final String CONTROL = "control";
    /** How long a step of a healthy session may take on a busy machine. */
    static final Duration STEP = Duration.ofSeconds(30);

    private final Path dir;
    private final SessionWatch watch = new SessionWatch();
    private final ScreenSharer sharer;
    private final CustomerControl customerControl;
    private final CustomerSession customer;
    private final AgentSession technician;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    private PairedSession(Path dir, FaultRig rig, Executor workers) {
        this.dir = dir;
        sharer = new ScreenSharer(() -> new PatternFrameSource(320, 200), TileScreenEncoder::new, Duration.ofMillis(50));
        customerControl = new CustomerControl(new InputInjector() {
            @Override
            public void inject(InputEvent event) {
                watch.inputInjected();
            }

            @Override
            public void releaseAll() {
            }
        }, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE,
                (granted, detail) -> watch.report(Side.CUSTOMER, CONTROL, granted, detail));
        customer = new CustomerSession(new CustomerSession.Parts(
                typed -> rig.customerRelay().connectAsCustomer(rig.customerPath(), STEP).join(typed.nameplate(), STEP),
                new CertificateTechnicianVerifier(TrustedOrganisations.of(List.of()), Clock.systemUTC()), sharer,
                customerControl, Sessions.logsIn(dir.resolve("customer"), "customer", Ed25519Keys.generate())::open,
                Sessions.NO_ACTIONS, request -> CompletableFuture.completedFuture(true)),
                new CustomerSessionListener() {
                    @Override
                    public void stateChanged(CustomerState state, String detail) {
                        watch.report(Side.CUSTOMER, STATE, state, detail);
                    }

                    @Override
                    public void paired(String checkString) {
                    }

                    @Override
                    public void technicianIdentified(IdentityVerdict verdict) {
                    }
                }, workers, STEP);
        AgentSession[] self = new AgentSession[1];
        technician = new AgentSession(new AgentSession.Parts(
                RelaySessionRendezvous.factory(rig.technicianRelay(), rig.relayAddress(), "dana", rig.technicianKey()),
                Optional.empty(), new SecureRandom(),
                Sessions.logsIn(dir.resolve("technician"), "technician:Dana", rig.technicianKey())), "Dana",
                new AgentSessionListener() {
                    @Override
                    public void stateChanged(AgentState state, String detail) {
                        watch.report(Side.TECHNICIAN, STATE, state, detail);
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
                        watch.report(Side.TECHNICIAN, CONTROL, state, detail);
                    }

                    @Override
                    public void frameReady(Frame frame) {
                        watch.frameArrived();
                        self[0].frameDrawn();
                    }
                }, workers, STEP);
        self[0] = technician;
    }

    /** Pairs a new session through the rig and waits until the customer's screen arrives at the technician. */
    static PairedSession pair(Path dir, FaultRig rig, Executor workers) throws Exception {
        return pair(new PairedSession(dir, rig, workers));
    }

    /**
     * As {@link #pair}, with both sides resuming a lost connection within {@code window} as the apps
     * do (decision 0013): the customer through the rig's proxy, the technician directly.
     */
    static PairedSession pairResumable(Path dir, FaultRig rig, Executor workers, Duration window) throws Exception {
        PairedSession session = new PairedSession(dir, rig, workers);
        session.customer.resumeWithin(window, (token, timeout) -> {
            RelayConnection connection = rig.customerRelay().connectAsCustomer(rig.customerPath(), timeout);
            return resumeOrClose(connection, token, timeout);
        });
        session.technician.resumeWithin(window, (token, timeout) -> {
            RelayConnection connection = rig.technicianRelay().connectAsTechnician(rig.relayAddress(), "dana",
                    rig.technicianKey(), timeout);
            return resumeOrClose(connection, token, timeout);
        });
        return pair(session);
    }

    private static RelayLink resumeOrClose(RelayConnection connection, String token, Duration timeout) throws IOException {
        try {
            return connection.resume(token, timeout);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static PairedSession pair(PairedSession session) throws Exception {
        session.technician.start();
        session.customer.connect(SessionCode.parse(session.code.get(STEP.toSeconds(), TimeUnit.SECONDS)));
        session.watch.await("the customer shares the screen and the technician sees it", STEP,
                () -> session.customer.state() == CustomerState.SHARING
                        && session.technician.state() == AgentState.VIEWING && session.watch.frames() > 0);
        return session;
    }

    SessionWatch watch() {
        return watch;
    }

    CustomerSession customer() {
        return customer;
    }

    AgentSession technician() {
        return technician;
    }

    CustomerControl customerControl() {
        return customerControl;
    }

    /** The technician asks for control, the customer allows it, and a pointer move reaches the customer's screen. */
    void takeControl(Duration limit) throws InterruptedException {
        technician.requestControl();
        watch.await("the technician is in control", limit,
                () -> technician.control() == ControlState.IN_CONTROL && customerControl.gate().isGranted());
        long before = watch.injected();
        technician.sendInput(new InputEvent.PointerMove(10, 20));
        watch.await("the technician's input reaches the customer's screen", limit, () -> watch.injected() > before);
    }

    /** The technician gives control back, and the customer sees it taken back. */
    void releaseControl(Duration limit) throws InterruptedException {
        technician.releaseControl();
        watch.await("the customer has their mouse and keyboard back", limit,
                () -> !customerControl.gate().isGranted());
    }

    /** Waits until {@code count} more frames arrived at the technician. */
    void awaitFrames(int count, Duration limit) throws InterruptedException {
        long target = watch.frames() + count;
        watch.await(count + " more frames reach the technician", limit, () -> watch.frames() >= target);
    }

    /** The customer ends the session; both sides end, each log with the other's receipt. */
    void endByCustomer() throws InterruptedException {
        customer.end();
        watch.await("both sides end", STEP, () -> customer.state() == CustomerState.ENDED
                && technician.state() == AgentState.ENDED);
    }

    /** The round trip of the end-to-end heartbeats, as the technician measured it last. */
    Optional<Duration> roundTrip() {
        return technician.quality().flatMap(SessionChannel.Quality::roundTrip);
    }

    Path customerLog() throws IOException {
        return find(dir.resolve("customer"), "customer.log");
    }

    Path technicianLog() throws IOException {
        return find(dir.resolve("technician"), "technician.log");
    }

    @Override
    public void close() {
        customer.end();
        technician.end();
        sharer.close();
    }

    private static Path find(Path root, String name) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new IOException("No " + name + " under " + root));
        }
    }
}
