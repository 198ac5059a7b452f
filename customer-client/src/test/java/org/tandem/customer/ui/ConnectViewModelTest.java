package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.pairing.SessionCode;

class ConnectViewModelTest {
    private final ConnectViewModel model = new ConnectViewModel();

    @Test
    void anEmptyFieldShowsAnExample() {
        assertEquals(ConnectViewModel.EXAMPLE, model.hintProperty().get());
        assertFalse(model.completeProperty().get());
        assertFalse(model.mistakenProperty().get());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "4           | 4 — 8 more digits",
        "482         | 482 — 6 more digits",
        "4821937     | 482-193 7 — 2 more digits",
        "48219377    | 482-193 77 — 1 more digit",
        "482-193     | 482-193 — 3 more digits",
        "4821 19377  | 4821-193 77 — 1 more digit",
    })
    void aHalfTypedCodeSaysHowManyDigitsAreMissing(String typed, String hint) {
        model.codeProperty().set(typed);

        assertEquals(hint, model.hintProperty().get());
        assertFalse(model.completeProperty().get());
        assertFalse(model.mistakenProperty().get());
        assertEquals(Optional.empty(), model.sessionCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"482193775", "482 193 775", "482-193-775", "482-193 775", " 482 - 193775 "})
    void aWholeCodeIsShownGroupedAndOffersConnect(String typed) {
        model.codeProperty().set(typed);

        assertEquals("482-193 775 — press Connect.", model.hintProperty().get());
        assertTrue(model.completeProperty().get());
        assertEquals(Optional.of(new SessionCode("482", "193775")), model.sessionCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"48x", "482-193 775 1", "482;193775", "12345678901193775"})
    void aMistakeIsNamedAndOffersNoConnect(String typed) {
        model.codeProperty().set(typed);

        assertTrue(model.mistakenProperty().get());
        assertFalse(model.completeProperty().get());
        assertFalse(model.hintProperty().get().contains("Exception"), model.hintProperty().get());
        assertFalse(model.hintProperty().get().contains("more digit"), model.hintProperty().get());
    }

    @Test
    void theHintFollowsEveryKeystroke() {
        StringBuilder typed = new StringBuilder();
        for (char digit : "482193775".toCharArray()) {
            typed.append(digit);
            model.codeProperty().set(typed.toString());
            assertEquals(typed.length() == 9, model.completeProperty().get(), typed.toString());
        }
        model.codeProperty().set("48219377");
        assertEquals("482-193 77 — 1 more digit", model.hintProperty().get());
        assertFalse(model.completeProperty().get());
    }

    @Test
    void aSpentCodeOffersNoConnectAndAsksForTheNewOneUntilTheCodeChanges() {
        model.codeProperty().set("482-193 775");
        model.spent(SessionCode.parse("482193775"));

        assertFalse(model.completeProperty().get(), "Connect offered for a code that can no longer be used");
        assertTrue(model.mistakenProperty().get());
        assertEquals(Texts.get("connect.hint.spent"), model.hintProperty().get());
        assertFalse(model.hintProperty().get().contains("press Connect"), model.hintProperty().get());

        model.codeProperty().set("482-193 776");
        assertTrue(model.completeProperty().get(), "a new code is offered Connect");
        assertEquals("482-193 776 — press Connect.", model.hintProperty().get());

        model.codeProperty().set("482 193775");
        assertFalse(model.completeProperty().get(), "the spent code typed again, another way, is still spent");
        assertEquals(Texts.get("connect.hint.spent"), model.hintProperty().get());
    }
}
