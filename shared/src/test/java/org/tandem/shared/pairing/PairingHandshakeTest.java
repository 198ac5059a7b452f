package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.shared.pairing.Handshakes.CODE;
import static org.tandem.shared.pairing.Handshakes.customer;
import static org.tandem.shared.pairing.Handshakes.failed;
import static org.tandem.shared.pairing.Handshakes.start;
import static org.tandem.shared.pairing.Handshakes.succeeded;
import static org.tandem.shared.pairing.Handshakes.technician;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.wire.RecordException;

class PairingHandshakeTest {
    private static final byte[] HELLO = "hello from the other side".getBytes(StandardCharsets.UTF_8);

    @Test
    void bothSidesDeriveMatchingCiphersCheckStringAndTranscript() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(CODE), pipe.first());
        CompletableFuture<PairingResult> cust = start(customer(CODE), pipe.second());
        PairingResult technician = succeeded(tech);
        PairingResult customer = succeeded(cust);

        assertArrayEquals(HELLO, customer.inbound().open(technician.outbound().seal(HELLO)));
        assertArrayEquals(HELLO, technician.inbound().open(customer.outbound().seal(HELLO)));
        assertEquals(technician.checkString(), customer.checkString());
        assertTrue(technician.checkString().matches("[0-9]{3} [0-9]{3}"), technician.checkString());
        assertArrayEquals(technician.transcriptHash(), customer.transcriptHash());
        assertEquals(32, technician.transcriptHash().length);
    }

    @Test
    void eachDirectionHasItsOwnKey() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(CODE), pipe.first());
        CompletableFuture<PairingResult> cust = start(customer(CODE), pipe.second());
        PairingResult technician = succeeded(tech);
        PairingResult customer = succeeded(cust);

        byte[] fromTechnician = technician.outbound().seal(HELLO);
        assertThrows(RecordException.class, () -> technician.inbound().open(fromTechnician));
        byte[] fromCustomer = customer.outbound().seal(HELLO);
        assertFalse(Arrays.equals(fromTechnician, fromCustomer));
    }

    @Test
    void everyPairingWithTheSameCodeGetsFreshKeys() throws Exception {
        PairingResult first = pairedTechnician(CODE, CODE);
        PairingResult second = pairedTechnician(CODE, CODE);

        assertFalse(Arrays.equals(first.transcriptHash(), second.transcriptHash()));
        byte[] sealed = first.outbound().seal(HELLO);
        assertThrows(RecordException.class, () -> second.outbound().open(sealed));
    }

    @Test
    void aWrongSecretFailsBothSidesWithCodeMismatch() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(CODE), pipe.first());
        CompletableFuture<PairingResult> cust = start(customer(new SessionCode("482", "193776")), pipe.second());

        for (PairingException e : new PairingException[] {failed(tech), failed(cust)}) {
            assertTrue(e.codeMismatch());
            assertEquals("The code did not match", e.getMessage());
        }
    }

    @Test
    void aDifferentNameplateEndsPairingAtKeyConfirmation() throws Exception {
        // J-PAKE's confirmation covers the secret; the nameplate enters through the transcript, which
        // the hybrid confirmation covers, so two ends joined under different nameplates never pair.
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(CODE), pipe.first());
        CompletableFuture<PairingResult> cust = start(customer(new SessionCode("483", CODE.secret())), pipe.second());

        for (PairingException e : new PairingException[] {failed(tech), failed(cust)}) {
            assertFalse(e.codeMismatch());
            assertEquals(PairingHandshake.KEY_EXCHANGE_ALTERED, e.getMessage());
        }
    }

    @Test
    void aRelayGuessingTheSecretIsDetectedOnBothSides() throws Exception {
        SessionCode guess = new SessionCode(CODE.nameplate(), "000000");
        MemoryPipe technicianToRelay = new MemoryPipe();
        MemoryPipe relayToCustomer = new MemoryPipe();

        CompletableFuture<PairingResult> tech = start(technician(CODE), technicianToRelay.first());
        CompletableFuture<PairingResult> relayAsCustomer = start(customer(guess), technicianToRelay.second());
        CompletableFuture<PairingResult> relayAsTechnician = start(technician(guess), relayToCustomer.first());
        CompletableFuture<PairingResult> cust = start(customer(CODE), relayToCustomer.second());

        assertTrue(failed(tech).codeMismatch());
        assertTrue(failed(cust).codeMismatch());
        assertTrue(failed(relayAsCustomer).codeMismatch());
        assertTrue(failed(relayAsTechnician).codeMismatch());
    }

    @Test
    void differentProtocolVersionsAreRefusedWithAReason() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(CODE), pipe.first());
        CompletableFuture<PairingResult> cust =
                start(new PairingHandshake(PairingRole.CUSTOMER, CODE, Protocol.VERSION + 1), pipe.second());

        PairingException e = failed(tech);
        assertFalse(e.codeMismatch());
        assertEquals(PairingException.Kind.OTHER_VERSION, e.kind());
        assertTrue(e.getMessage().contains("protocol " + (Protocol.VERSION + 1)), e.getMessage());
        assertTrue(e.getMessage().contains("please update"), e.getMessage());
        assertTrue(failed(cust).getMessage().contains("please update"));
    }

    @Test
    void aMessageReflectedBackToItsSenderIsRefused() throws Exception {
        MemoryPipe.End mirror = MemoryPipe.mirror();

        PairingException e = failed(start(technician(CODE), mirror));

        assertFalse(e.codeMismatch());
        assertTrue(e.getMessage().contains("reflecting"), e.getMessage());
    }

    @Test
    void aHandshakeRunsOnlyOnce() throws Exception {
        PairingHandshake handshake = technician(CODE);
        assertThrows(PairingException.class,
                () -> handshake.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()));

        assertThrows(IllegalStateException.class,
                () -> handshake.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()));
    }

    @Test
    void thePeerClosingThePipeEarlyIsAPairingFailure() throws Exception {
        PairingException e = assertThrows(PairingException.class,
                () -> technician(CODE).run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()));

        assertFalse(e.codeMismatch());
        assertEquals(PairingException.Kind.OTHER_SIDE_LEFT, e.kind());
        assertTrue(e.getMessage().contains("closed the connection"), e.getMessage());
    }

    private static PairingResult pairedTechnician(SessionCode technicianCode, SessionCode customerCode) throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(technicianCode), pipe.first());
        CompletableFuture<PairingResult> cust = start(customer(customerCode), pipe.second());
        succeeded(cust);
        return succeeded(tech);
    }
}
