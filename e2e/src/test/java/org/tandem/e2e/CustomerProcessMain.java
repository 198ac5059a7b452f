package org.tandem.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.tandem.customer.session.CertificateTechnicianVerifier;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerSessionListener;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.PatternFrameSource;

/**
 * A customer in a process of its own, for tests that kill it: joins by code, allows sharing, prints
 * "SHARING" and then runs until it is killed.
 */
public final class CustomerProcessMain {
    private CustomerProcessMain() {}

    /** Arguments: relay HOST:PORT, session code, log directory. */
    public static void main(String[] args) throws Exception {
        RelayAddress relay = RelayAddress.parse(args[0]);
        SessionCode code = SessionCode.parse(args[1]);
        Path logs = Path.of(args[2]);
        Duration wait = Duration.ofSeconds(20);
        ExecutorService workers = Executors.newCachedThreadPool();
        RelayClient client = RelayClient.start(logs.resolve("known-relays"));
        ScreenSharer sharer = new ScreenSharer(() -> new PatternFrameSource(320, 200), TileScreenEncoder::new,
                Duration.ofMillis(20));
        CountDownLatch forever = new CountDownLatch(1);
        CustomerSession session = new CustomerSession(new CustomerSession.Parts(
                typed -> client.connectAsCustomer(relay, wait).join(typed.nameplate(), wait),
                new CertificateTechnicianVerifier(TrustedOrganisations.of(List.of()), Clock.systemUTC()), sharer,
                Sessions.control(Sessions.NO_INPUT),
                Sessions.logsIn(logs, "customer", Ed25519Keys.generate())::open, Sessions.NO_ACTIONS,
                request -> CompletableFuture.completedFuture(true)),
                new CustomerSessionListener() {
                    @Override
                    public void stateChanged(CustomerState state, String detail) {
                        System.out.println(state + " " + detail);
                        if (state == CustomerState.ENDED) {
                            forever.countDown();
                        }
                    }

                    @Override
                    public void paired(String checkString) {
                    }

                    @Override
                    public void technicianIdentified(IdentityVerdict verdict) {
                    }
                }, workers, wait);
        session.connect(code);
        forever.await();
    }
}
