package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.shared.pairing.Handshakes.CODE;
import static org.tandem.shared.pairing.Handshakes.customer;
import static org.tandem.shared.pairing.Handshakes.start;
import static org.tandem.shared.pairing.Handshakes.succeeded;
import static org.tandem.shared.pairing.Handshakes.technician;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.tandem.shared.wire.RecordException;
import org.tandem.shared.wire.RecordReader;
import org.tandem.shared.wire.RecordWriter;

/** The record layer over paired keys, end to end through a pipe that keeps every byte a relay would see. */
class PairedRecordsTest {
    private static final String SECRET_TEXT = "The customer's banking password is correct-horse-battery-staple";

    @Test
    void recordsCrossThePipeBothWaysAndThePipeNeverCarriesThePlaintext() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(CODE), pipe.first());
        CompletableFuture<PairingResult> cust = start(customer(CODE), pipe.second());
        PairingResult technician = succeeded(tech);
        PairingResult customer = succeeded(cust);
        byte[] secret = SECRET_TEXT.getBytes(StandardCharsets.UTF_8);

        RecordWriter customerWriter = new RecordWriter(pipe.second().out(), customer.outbound());
        RecordReader technicianReader = new RecordReader(pipe.first().in(), technician.inbound());
        RecordWriter technicianWriter = new RecordWriter(pipe.first().out(), technician.outbound());
        RecordReader customerReader = new RecordReader(pipe.second().in(), customer.inbound());
        for (int i = 0; i < 3; i++) {
            customerWriter.write(secret);
            assertArrayEquals(secret, technicianReader.read().orElseThrow());
            technicianWriter.write(secret);
            assertArrayEquals(secret, customerReader.read().orElseThrow());
        }
        customerWriter.write(new byte[0]);
        assertArrayEquals(new byte[0], technicianReader.read().orElseThrow());

        byte[] wire = pipe.seenOnTheWire();
        assertEquals(-1, indexOf(wire, secret));
        assertEquals(-1, indexOf(wire, CODE.secret().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(-1, indexOf(wire, "correct-horse".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRelayReplayingARecordEndsTheSession() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(CODE), pipe.first());
        CompletableFuture<PairingResult> cust = start(customer(CODE), pipe.second());
        PairingResult technician = succeeded(tech);
        PairingResult customer = succeeded(cust);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        new RecordWriter(captured, customer.outbound()).write(SECRET_TEXT.getBytes(StandardCharsets.UTF_8));
        byte[] once = captured.toByteArray();
        byte[] twice = new byte[once.length * 2];
        System.arraycopy(once, 0, twice, 0, once.length);
        System.arraycopy(once, 0, twice, once.length, once.length);

        RecordReader reader = new RecordReader(new ByteArrayInputStream(twice), technician.inbound());

        Optional<byte[]> first = reader.read();
        assertTrue(first.isPresent());
        RecordException e = assertThrows(RecordException.class, reader::read);
        assertTrue(e.getMessage().contains("replayed"), e.getMessage());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
