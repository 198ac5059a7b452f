package org.tandem.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.customer.control.SpareKeys.Choice;

class SpareKeysTest {
    private static final long E_ACUTE = 0xe9;
    private static final long N_TILDE = 0xf1;
    private static final long EURO = 0x10020ac;

    @Test
    void aCharacterTypedAgainKeepsItsKeyAndNeedsNoNewMapping() {
        SpareKeys keys = new SpareKeys(List.of(200, 201));

        assertEquals(Optional.of(new Choice(200, true)), keys.choose(E_ACUTE));
        assertEquals(Optional.of(new Choice(201, true)), keys.choose(N_TILDE));
        assertEquals(Optional.of(new Choice(200, false)), keys.choose(E_ACUTE));
    }

    @Test
    void aNewCharacterTakesTheKeyUsedLongestAgoAndLeavesTheRecentOnesMapped() {
        SpareKeys keys = new SpareKeys(List.of(200, 201));
        keys.choose(E_ACUTE);
        keys.choose(N_TILDE);
        keys.choose(E_ACUTE); // é is now the more recent

        assertEquals(Optional.of(new Choice(201, true)), keys.choose(EURO));
        assertEquals(Optional.of(new Choice(200, false)), keys.choose(E_ACUTE), "é lost its key");
    }

    @Test
    void aKeyHeldDownIsNeverTakenForAnotherCharacter() {
        SpareKeys keys = new SpareKeys(List.of(200, 201));
        keys.choose(E_ACUTE);
        keys.hold(200);
        keys.choose(N_TILDE);

        assertEquals(Optional.of(new Choice(201, true)), keys.choose(EURO));
        keys.hold(201);
        assertEquals(Optional.empty(), keys.choose(N_TILDE), "every key is held: none to take");

        keys.release(200);
        assertEquals(Optional.of(new Choice(200, true)), keys.choose(N_TILDE));
    }

    @Test
    void noSpareKeyMeansNoChoice() {
        assertEquals(Optional.empty(), new SpareKeys(List.of()).choose(E_ACUTE));
    }

    @Test
    void givingBackListsTheMappedKeysOnceAndFreesThem() {
        SpareKeys keys = new SpareKeys(List.of(200, 201, 202));
        keys.choose(E_ACUTE);
        keys.choose(N_TILDE);
        keys.hold(201);

        assertEquals(List.of(200), keys.giveBack(), "a held key keeps its character; a free one was never mapped");
        assertEquals(List.of(), keys.giveBack());
        assertEquals(Optional.of(new Choice(201, false)), keys.choose(N_TILDE));
        assertEquals(Optional.of(new Choice(202, true)), keys.choose(E_ACUTE), "é must be mapped again after it was given back");
    }

    @Test
    void aKeyAnotherProgramMappedIsDroppedAndNeverOverwritten() {
        SpareKeys keys = new SpareKeys(List.of(200, 201));
        keys.choose(E_ACUTE);

        keys.keepOnly((code, symbol) -> code != 201); // someone gave 201 a symbol of their own
        assertTrue(keys.contains(200));
        assertFalse(keys.contains(201));
        assertEquals(Optional.of(new Choice(200, true)), keys.choose(N_TILDE));
        assertEquals(List.of(200), keys.giveBack());
    }
}
