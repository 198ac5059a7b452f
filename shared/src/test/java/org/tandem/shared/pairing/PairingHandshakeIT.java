package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.testing.SocketLinks;
import org.tandem.shared.wire.RecordReader;
import org.tandem.shared.wire.RecordWriter;

/** Pairing over a real TCP connection on loopback, as over the relay's pipe. */
class PairingHandshakeIT {
    private static final SessionCode CODE = new SessionCode("482", "193775");

    @Test
    void pairsOverLoopbackAndCarriesRecordsBothWays() throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        try (RelayLink technicianLink = links.first(); RelayLink customerLink = links.second()) {
            CompletableFuture<PairingResult> customerSide = CompletableFuture.supplyAsync(() -> {
                try {
                    return new PairingHandshake(PairingRole.CUSTOMER, CODE, Protocol.VERSION)
                            .run(customerLink.input(), customerLink.output());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            PairingResult technician = new PairingHandshake(PairingRole.TECHNICIAN, CODE, Protocol.VERSION)
                    .run(technicianLink.input(), technicianLink.output());
            PairingResult customer = customerSide.get(Handshakes.TIMEOUT_SECONDS, TimeUnit.SECONDS);

            assertEquals(technician.checkString(), customer.checkString());
            byte[] ask = "May I see your screen?".getBytes(StandardCharsets.UTF_8);
            new RecordWriter(technicianLink.output(), technician.outbound()).write(ask);
            assertArrayEquals(ask, new RecordReader(customerLink.input(), customer.inbound()).read().orElseThrow());
            byte[] answer = "Yes".getBytes(StandardCharsets.UTF_8);
            new RecordWriter(customerLink.output(), customer.outbound()).write(answer);
            assertArrayEquals(answer, new RecordReader(technicianLink.input(), technician.inbound()).read().orElseThrow());
        }
    }

    @Test
    void aWrongCodeOverLoopbackFailsBothSides() throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        try (RelayLink technicianLink = links.first(); RelayLink customerLink = links.second()) {
            MemoryPipe.End technicianEnd = new MemoryPipe.End(technicianLink.input(), technicianLink.output());
            MemoryPipe.End customerEnd = new MemoryPipe.End(customerLink.input(), customerLink.output());

            CompletableFuture<PairingResult> tech = Handshakes.start(Handshakes.technician(CODE), technicianEnd);
            CompletableFuture<PairingResult> cust =
                    Handshakes.start(Handshakes.customer(new SessionCode("482", "193774")), customerEnd);

            assertTrue(Handshakes.failed(tech).codeMismatch());
            assertTrue(Handshakes.failed(cust).codeMismatch());
        }
    }
}
