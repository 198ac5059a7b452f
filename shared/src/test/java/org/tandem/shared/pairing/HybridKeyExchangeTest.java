package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tandem.shared.pairing.JpakeMessages.KeyShare;

class HybridKeyExchangeTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void bothSidesReachTheSameMlKemAndX25519Secrets() throws Exception {
        HybridKeyExchange technician = HybridKeyExchange.start(PairingRole.TECHNICIAN, random);
        HybridKeyExchange customer = HybridKeyExchange.start(PairingRole.CUSTOMER, random);

        customer.acceptPeerShare(technician.share());
        technician.acceptPeerShare(customer.share());
        byte[] ciphertext = customer.encapsulation();
        technician.acceptEncapsulation(ciphertext);
        customer.acceptEncapsulation(technician.encapsulation());

        assertEquals(HybridKeyExchange.CIPHERTEXT_BYTES, ciphertext.length);
        assertEquals(0, technician.encapsulation().length);
        assertArrayEquals(technician.mlKemSecret(), customer.mlKemSecret());
        assertArrayEquals(technician.x25519Secret(), customer.x25519Secret());
        assertEquals(32, technician.mlKemSecret().length);
        assertFalse(Arrays.equals(technician.mlKemSecret(), technician.x25519Secret()));
    }

    @Test
    void onlyTheTechnicianOffersAnMlKemKey() {
        KeyShare technician = HybridKeyExchange.start(PairingRole.TECHNICIAN, random).share();
        KeyShare customer = HybridKeyExchange.start(PairingRole.CUSTOMER, random).share();

        assertEquals(HybridKeyExchange.ENCAPSULATION_KEY_BYTES, technician.encapsulationKey().length);
        assertEquals(0, customer.encapsulationKey().length);
        assertEquals(32, customer.x25519PublicKey().length);
    }

    @Test
    void everyPairingDrawsFreshKeys() {
        KeyShare one = HybridKeyExchange.start(PairingRole.TECHNICIAN, random).share();
        KeyShare two = HybridKeyExchange.start(PairingRole.TECHNICIAN, random).share();

        assertFalse(Arrays.equals(one.encapsulationKey(), two.encapsulationKey()));
        assertFalse(Arrays.equals(one.x25519PublicKey(), two.x25519PublicKey()));
    }

    @Test
    void aCustomerRefusesATechnicianShareWithoutAnMlKemKey() {
        HybridKeyExchange customer = HybridKeyExchange.start(PairingRole.CUSTOMER, random);
        KeyShare stripped = new KeyShare(HybridKeyExchange.start(PairingRole.TECHNICIAN, random).share().x25519PublicKey(),
                new byte[0]);

        PairingException e = assertThrows(PairingException.class, () -> customer.acceptPeerShare(stripped));
        assertFalse(e.codeMismatch());
        assertTrue(e.getMessage().contains("lacks its post-quantum key"), e.getMessage());
    }

    @Test
    void aTechnicianRefusesACustomerShareThatCarriesAnMlKemKey() {
        HybridKeyExchange technician = HybridKeyExchange.start(PairingRole.TECHNICIAN, random);

        PairingException e = assertThrows(PairingException.class,
                () -> technician.acceptPeerShare(HybridKeyExchange.start(PairingRole.TECHNICIAN, random).share()));
        assertTrue(e.getMessage().contains("only the technician sends"), e.getMessage());
    }

    @Test
    void aTechnicianRefusesARound2WithoutCiphertext() throws Exception {
        HybridKeyExchange technician = HybridKeyExchange.start(PairingRole.TECHNICIAN, random);
        technician.acceptPeerShare(HybridKeyExchange.start(PairingRole.CUSTOMER, random).share());

        PairingException e = assertThrows(PairingException.class, () -> technician.acceptEncapsulation(new byte[0]));
        assertTrue(e.getMessage().contains("lacks its post-quantum ciphertext"), e.getMessage());
        assertThrows(IllegalStateException.class, technician::mlKemSecret);
    }

    @Test
    void aCustomerRefusesACiphertextFromTheTechnician() throws Exception {
        HybridKeyExchange customer = HybridKeyExchange.start(PairingRole.CUSTOMER, random);
        customer.acceptPeerShare(HybridKeyExchange.start(PairingRole.TECHNICIAN, random).share());

        PairingException e = assertThrows(PairingException.class,
                () -> customer.acceptEncapsulation(new byte[HybridKeyExchange.CIPHERTEXT_BYTES]));
        assertTrue(e.getMessage().contains("only the customer sends"), e.getMessage());
    }

    @Test
    void anMlKemKeyThatFailsTheModulusCheckIsRefused() {
        HybridKeyExchange customer = HybridKeyExchange.start(PairingRole.CUSTOMER, random);
        byte[] invalid = new byte[HybridKeyExchange.ENCAPSULATION_KEY_BYTES];
        Arrays.fill(invalid, (byte) 0xFF); // every coefficient 4095, above q = 3329
        KeyShare share = new KeyShare(HybridKeyExchange.start(PairingRole.TECHNICIAN, random).share().x25519PublicKey(), invalid);

        PairingException e = assertThrows(PairingException.class, () -> customer.acceptPeerShare(share));
        assertTrue(e.getMessage().contains("not a valid ML-KEM-768 key"), e.getMessage());
    }

    @Test
    void aLowOrderX25519KeyIsRefused() {
        HybridKeyExchange technician = HybridKeyExchange.start(PairingRole.TECHNICIAN, random);
        KeyShare zero = new KeyShare(new byte[32], new byte[0]);

        PairingException e = assertThrows(PairingException.class, () -> technician.acceptPeerShare(zero));
        assertTrue(e.getMessage().contains("gives no shared secret"), e.getMessage());
    }

    @Test
    void aFlippedCiphertextByteGivesAnotherSecretWithoutAnError() throws Exception {
        // ML-KEM's implicit rejection: the handshake's key confirmation must catch this.
        HybridKeyExchange technician = HybridKeyExchange.start(PairingRole.TECHNICIAN, random);
        HybridKeyExchange customer = HybridKeyExchange.start(PairingRole.CUSTOMER, random);
        customer.acceptPeerShare(technician.share());
        technician.acceptPeerShare(customer.share());
        byte[] ciphertext = customer.encapsulation();
        ciphertext[500] ^= 0x01;

        technician.acceptEncapsulation(ciphertext);

        assertFalse(Arrays.equals(technician.mlKemSecret(), customer.mlKemSecret()));
    }
}
