package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TranscriptTest {

    @Test
    void theOrderOfArrivalDoesNotMatterOnlyTheRoles() {
        Transcript technicianView = new Transcript(1, "482");
        Transcript customerView = new Transcript(1, "482");
        for (int round = 1; round <= 3; round++) {
            technicianView.add(round, PairingRole.TECHNICIAN, payload(round, 'T'));
            technicianView.add(round, PairingRole.CUSTOMER, payload(round, 'C'));
            customerView.add(round, PairingRole.CUSTOMER, payload(round, 'C'));
            customerView.add(round, PairingRole.TECHNICIAN, payload(round, 'T'));
        }

        assertArrayEquals(technicianView.hash(), customerView.hash());
        assertEquals(32, technicianView.hash().length);
    }

    @Test
    void swappingTheRolesChangesTheHash() {
        assertFalse(Arrays.equals(full(1, "482", 'T', 'C'), full(1, "482", 'C', 'T')));
    }

    @Test
    void versionAndNameplateAreBound() {
        byte[] base = full(1, "482", 'T', 'C');

        assertFalse(Arrays.equals(base, full(2, "482", 'T', 'C')));
        assertFalse(Arrays.equals(base, full(1, "483", 'T', 'C')));
    }

    @Test
    void movingBytesBetweenFieldsChangesTheHash() {
        Transcript one = new Transcript(1, "482");
        Transcript two = new Transcript(1, "482");
        for (int round = 1; round <= 3; round++) {
            one.add(round, PairingRole.TECHNICIAN, round == 1 ? new byte[] {1, 2} : new byte[] {9});
            one.add(round, PairingRole.CUSTOMER, round == 1 ? new byte[] {3} : new byte[] {9});
            two.add(round, PairingRole.TECHNICIAN, round == 1 ? new byte[] {1} : new byte[] {9});
            two.add(round, PairingRole.CUSTOMER, round == 1 ? new byte[] {2, 3} : new byte[] {9});
        }

        assertFalse(Arrays.equals(one.hash(), two.hash()));
    }

    @Test
    void aMissingOrRepeatedRoundIsABug() {
        Transcript transcript = new Transcript(1, "482");
        transcript.add(1, PairingRole.TECHNICIAN, new byte[] {1});

        assertThrows(IllegalStateException.class, transcript::hash);
        assertThrows(IllegalStateException.class, () -> transcript.add(1, PairingRole.TECHNICIAN, new byte[] {1}));
    }

    private static byte[] full(int version, String nameplate, char technician, char customer) {
        Transcript transcript = new Transcript(version, nameplate);
        for (int round = 1; round <= 3; round++) {
            transcript.add(round, PairingRole.TECHNICIAN, payload(round, technician));
            transcript.add(round, PairingRole.CUSTOMER, payload(round, customer));
        }
        return transcript.hash();
    }

    private static byte[] payload(int round, char who) {
        return new byte[] {(byte) round, (byte) who};
    }
}
