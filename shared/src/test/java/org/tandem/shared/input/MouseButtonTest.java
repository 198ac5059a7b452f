package org.tandem.shared.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MouseButtonTest {

    @ParameterizedTest
    @CsvSource({"PRIMARY, 1", "MIDDLE, 2", "SECONDARY, 3", "BACK, 4", "FORWARD, 5"})
    void wireIdsNeverChange(MouseButton button, int id) {
        assertEquals(id, button.id());
        assertEquals(Optional.of(button), MouseButton.ofId(id));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 6, 255, 256})
    void unassignedIdsFindNoButton(int id) {
        assertEquals(Optional.empty(), MouseButton.ofId(id));
    }
}
