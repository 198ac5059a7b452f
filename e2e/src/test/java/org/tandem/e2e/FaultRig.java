package org.tandem.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import org.tandem.relay.RelayServer;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * Everything that outlives one session in a fault test: a relay (in this JVM, or in a process of its
 * own that can be killed and frozen), the two apps' relay clients, and the {@link FaultProxy} the
 * customer's app reaches the relay through.
 */
final class FaultRig implements AutoCloseable {
    private final KeyPair technicianKey;
    private final RelayServer relayInProcess;
    private final RelayProcess relayProcess;
    private final RelayAddress relayAddress;
    private final FaultProxy proxy;
    private final RelayClient technicianRelay;
    private final RelayClient customerRelay;

    private FaultRig(Path dir, KeyPair technicianKey, RelayServer relayInProcess, RelayProcess relayProcess,
            RelayAddress relayAddress) throws Exception {
        this.technicianKey = technicianKey;
        this.relayInProcess = relayInProcess;
        this.relayProcess = relayProcess;
        this.relayAddress = relayAddress;
        this.proxy = FaultProxy.start(relayAddress);
        this.technicianRelay = RelayClient.start(dir.resolve("technician-known-relays"));
        this.customerRelay = RelayClient.start(dir.resolve("customer-known-relays"));
        connectOnce();
    }

    /**
     * Each app connects once and leaves: the thread pools of the SSH client and server, which live as
     * long as the app and start with the first connection, are running before any session is counted.
     */
    private void connectOnce() throws IOException {
        technicianRelay.connectAsTechnician(relayAddress, "dana", technicianKey, PairedSession.STEP).close();
        customerRelay.connectAsCustomer(proxy.address(), PairedSession.STEP).close();
    }

    /** A rig whose relay runs in this JVM: for faults of the network between the customer and the relay. */
    static FaultRig withRelayInProcess(Path dir) throws Exception {
        KeyPair key = Ed25519Keys.generate();
        RelayServer relay = Sessions.startRelay(dir.resolve("relay"), key);
        return new FaultRig(dir, key, relay, null, new RelayAddress("127.0.0.1", relay.address().getPort()));
    }

    /** A rig whose relay runs in a process of its own: for faults of the relay itself. */
    static FaultRig withRelayProcess(Path dir) throws Exception {
        KeyPair key = Ed25519Keys.generate();
        RelayProcess relay = RelayProcess.start(dir.resolve("relay"), key);
        return new FaultRig(dir, key, null, relay, relay.address());
    }

    KeyPair technicianKey() {
        return technicianKey;
    }

    /** Where the technician's app reaches the relay: directly. */
    RelayAddress relayAddress() {
        return relayAddress;
    }

    /** Where the customer's app reaches the relay: through the proxy. */
    RelayAddress customerPath() {
        return proxy.address();
    }

    FaultProxy proxy() {
        return proxy;
    }

    RelayProcess relayProcess() {
        if (relayProcess == null) {
            throw new IllegalStateException("This rig's relay runs in the test's JVM");
        }
        return relayProcess;
    }

    RelayClient technicianRelay() {
        return technicianRelay;
    }

    RelayClient customerRelay() {
        return customerRelay;
    }

    @Override
    public void close() throws IOException {
        technicianRelay.close();
        customerRelay.close();
        proxy.close();
        if (relayInProcess != null) {
            relayInProcess.close();
        }
        if (relayProcess != null) {
            relayProcess.close();
        }
    }
}
