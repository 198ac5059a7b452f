package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tandem.shared.pairing.Transcript.Message;

class TranscriptTest {

    @Test
    void theOrderOfArrivalDoesNotMatterOnlyTheRoles() {
        Transcript technicianView = new Transcript(1, "482");
        Transcript customerView = new Transcript(1, "482");
        for (Message message : Message.values()) {
            technicianView.add(message, PairingRole.TECHNICIAN, payload(message, 'T'));
            technicianView.add(message, PairingRole.CUSTOMER, payload(message, 'C'));
            customerView.add(message, PairingRole.CUSTOMER, payload(message, 'C'));
            customerView.add(message, PairingRole.TECHNICIAN, payload(message, 'T'));
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
        for (Message message : Message.values()) {
            boolean first = message == Message.ROUND_1;
            one.add(message, PairingRole.TECHNICIAN, first ? new byte[] {1, 2} : new byte[] {9});
            one.add(message, PairingRole.CUSTOMER, first ? new byte[] {3} : new byte[] {9});
            two.add(message, PairingRole.TECHNICIAN, first ? new byte[] {1} : new byte[] {9});
            two.add(message, PairingRole.CUSTOMER, first ? new byte[] {2, 3} : new byte[] {9});
        }

        assertFalse(Arrays.equals(one.hash(), two.hash()));
    }

    @Test
    void aMissingOrRepeatedMessageIsABug() {
        Transcript transcript = new Transcript(1, "482");
        transcript.add(Message.ROUND_1, PairingRole.TECHNICIAN, new byte[] {1});

        assertThrows(IllegalStateException.class, transcript::hash);
        assertThrows(IllegalStateException.class, () -> transcript.add(Message.ROUND_1, PairingRole.TECHNICIAN, new byte[] {1}));
    }

    @Test
    void theKeySharesAreBound() {
        Transcript one = transcript(2, "482", 'T', 'C');
        Transcript other = new Transcript(2, "482");
        for (Message message : Message.values()) {
            other.add(message, PairingRole.TECHNICIAN, message == Message.KEY_SHARE ? new byte[] {0} : payload(message, 'T'));
            other.add(message, PairingRole.CUSTOMER, payload(message, 'C'));
        }

        assertFalse(Arrays.equals(one.hashThrough(Message.ROUND_2), other.hashThrough(Message.ROUND_2)));
    }

    @Test
    void theHashThroughRound2NeedsNoRound3AndDiffersFromTheWholeHash() {
        Transcript partial = new Transcript(2, "482");
        for (Message message : new Message[] {Message.ROUND_1, Message.KEY_SHARE, Message.ROUND_2}) {
            partial.add(message, PairingRole.TECHNICIAN, payload(message, 'T'));
            partial.add(message, PairingRole.CUSTOMER, payload(message, 'C'));
        }
        Transcript whole = transcript(2, "482", 'T', 'C');

        assertThrows(IllegalStateException.class, partial::hash);
        assertArrayEquals(whole.hashThrough(Message.ROUND_2), partial.hashThrough(Message.ROUND_2));
        assertFalse(Arrays.equals(whole.hash(), whole.hashThrough(Message.ROUND_2)));
    }

    private static byte[] full(int version, String nameplate, char technician, char customer) {
        return transcript(version, nameplate, technician, customer).hash();
    }

    private static Transcript transcript(int version, String nameplate, char technician, char customer) {
        Transcript transcript = new Transcript(version, nameplate);
        for (Message message : Message.values()) {
            transcript.add(message, PairingRole.TECHNICIAN, payload(message, technician));
            transcript.add(message, PairingRole.CUSTOMER, payload(message, customer));
        }
        return transcript;
    }

    private static byte[] payload(Message message, char who) {
        return new byte[] {(byte) message.ordinal(), (byte) who};
    }
}
