package org.tandem.bench;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.SessionPairing;

/**
 * Pairs one session through the relay as the two apps do: the technician asks for a nameplate and
 * draws a secret, the customer joins with the whole code, and both run the pairing handshake on it,
 * which gives each an encrypted session channel.
 */
final class LoadPairing {
    private final RelayAddress relay;
    private final RelayClient technicians;
    private final RelayClient customers;
    private final KeyPair technicianKey;
    private final ExecutorService technicianSide;
    private final SecureRandom random = new SecureRandom();
    private final Duration timeout;

    LoadPairing(RelayAddress relay, RelayClient technicians, RelayClient customers, KeyPair technicianKey,
            ExecutorService technicianSide, Duration timeout) {
        this.relay = relay;
        this.technicians = technicians;
        this.customers = customers;
        this.technicianKey = technicianKey;
        this.technicianSide = technicianSide;
        this.timeout = timeout;
    }

    LoadPair pair(int index, FrameCycle frames) throws Exception {
        RelayConnection technician = technicians.connectAsTechnician(relay, "bench", technicianKey, timeout);
        try {
            SessionCode code = new SessionCode(technician.create(timeout), SessionCode.newSecret(random));
            Future<SessionPairing.Paired> technicianPaired = technicianSide.submit(() ->
                    SessionPairing.pair(technician.awaitPaired(timeout), PairingRole.TECHNICIAN, code, timeout));
            RelayConnection joining = customers.connectAsCustomer(relay, timeout);
            RelayLink customerLink;
            try {
                customerLink = joining.join(code.nameplate(), timeout);
            } catch (Exception e) {
                joining.close();
                throw e;
            }
            SessionPairing.Paired customer = SessionPairing.pair(customerLink, PairingRole.CUSTOMER, code, timeout);
            SessionPairing.Paired paired = technicianPaired.get(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!paired.pairing().checkString().equals(customer.pairing().checkString())) {
                throw new IllegalStateException("The two ends of session " + index + " show different check strings");
            }
            return new LoadPair(index, paired.channel(), customer.channel(), frames);
        } catch (Exception | Error e) {
            technician.close();
            throw e;
        }
    }
}
