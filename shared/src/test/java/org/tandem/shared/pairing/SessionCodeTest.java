package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionCodeTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}-{2}")
    @CsvSource(delimiter = '|', value = {
        "482-193775      | 482       | 193775",
        "482 193 775     | 482       | 193775",
        "482-193 775     | 482       | 193775",
        "482 193-775     | 482       | 193775",
        "'  482 - 193 775  ' | 482   | 193775",
        "7-000042        | 7         | 000042",
        "123456789-999999 | 123456789 | 999999",
        "482\u2013193\u00a0775 | 482    | 193775",
        "0-0 0 0 0 0 0   | 0         | 000000",
        "482193775       | 482       | 193775",
        "482-193-775     | 482       | 193775",
        "' 482193775 '   | 482       | 193775",
        "4821193775      | 4821      | 193775",
        "123456789999999 | 123456789 | 999999",
        "4821 193 775    | 4821      | 193775",
        "482--193  775-  | 482       | 193775",
        "482193775-      | 482       | 193775",
        "482\u2012193\u2009775 | 482    | 193775",
        "48213 93750-193 775 | 4821393750 | 193775",
        "48213 93750 193 775 | 4821393750 | 193775",
        "4821393750-193775 | 4821393750 | 193775",
        "4821393750193775 | 4821393750 | 193775",
        "48213  93750 - 193775 | 4821393750 | 193775",
        "48213-93750-193-775 | 4821393750 | 193775",
    })
    void parsesWhatPeopleType(String typed, String nameplate, String secret) {
        SessionCode code = SessionCode.parse(typed);

        assertEquals(nameplate, code.nameplate());
        assertEquals(secret, code.secret());
        assertTrue(SessionCode.isPlausible(typed));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "48219377         | That code is 1 digit short",
        "482              | That code is 6 digits short",
        "4                | That code is 8 digits short",
        "12345678901193775 | too long",
        "48213 93750-193 775 1 | must be 6 digits; that has 7",
        "482193 775       | must be 6 digits; that has 3",
        "482 193 775 1    | must be 6 digits; that has 7",
        "482 193\u0000775 | Type the code your technician read to you",
        "482\u202e-193775 | Type the code your technician read to you",
        "+482-193775      | Type the code your technician read to you",
        "482.193.775      | Type the code your technician read to you",
        "\uff14\uff18\uff12-193775 | Type the code your technician read to you",
        "48219377512345678901234567890123456789012 | Type the code your technician read to you",
        "482-19377        | must be 6 digits; that has 5",
        "482-1937750      | must be 6 digits; that has 7",
        "482-             | must be 6 digits; that has 0",
        "12345678901-193775 | too long",
        "-482-193775      | Type the code your technician read to you",
        "482-193775x      | Type the code your technician read to you",
        "abc-def          | Type the code your technician read to you",
        "482_193775       | Type the code your technician read to you",
        "\u0664\u0668\u0662-193775 | Type the code your technician read to you",
        "482 - 1 9 3 7 7 5 - - - - - - - - - - - - - | Type the code your technician read to you",
    })
    void refusesWithAMessageFitForTheCustomer(String typed, String hint) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionCode.parse(typed));

        assertTrue(e.getMessage().contains(hint), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertFalse(SessionCode.isPlausible(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "-"})
    void refusesNothingTyped(String typed) {
        assertThrows(IllegalArgumentException.class, () -> SessionCode.parse(typed));
        assertFalse(SessionCode.isPlausible(typed));
    }

    @ParameterizedTest(name = "\"{0}\" so far: {1}, {2} more")
    @CsvSource(delimiter = '|', value = {
        "''          | ''          | 9",
        "4           | 4           | 8",
        "482         | 482         | 6",
        "4821        | 482-1       | 5",
        "4821937     | 482-193 7   | 2",
        "48219377    | 482-193 77  | 1",
        "482-        | 482-        | 6",
        "'482 '      | 482         | 6",
        "48219-      | 48219-      | 6",
        "482-193     | 482-193     | 3",
        "482 193 77  | 482-193 77  | 1",
        "4821 19377  | 4821-193 77 | 1",
        "48213 93750 | 48213 93750- | 6",
        "48213 93750- | 48213 93750- | 6",
        "48213 93750-193 77 | 48213 93750-193 77 | 1",
    })
    void aHalfTypedCodeSaysHowManyDigitsAreMissing(String typed, String grouped, int missing) {
        SessionCode.Reading reading = SessionCode.read(typed);

        SessionCode.Reading.Incomplete incomplete = assertInstanceOf(SessionCode.Reading.Incomplete.class, reading);
        assertEquals(grouped, incomplete.grouped());
        assertEquals(missing, incomplete.digitsMissing());
        assertFalse(SessionCode.isPlausible(typed));
    }

    @Test
    void aCodeTypedWithoutGapsIsReadAsTheLongestNameplateOnlyOnceItIsWhole() {
        // Typing 4821-193775 without gaps never offers 482-119377 on the way: nine digits are the
        // fewest that can make a whole code, and they already read as a 3-digit nameplate.
        assertEquals(new SessionCode("482", "119377"), SessionCode.parse("482119377"));
        assertEquals(new SessionCode("4821", "193775"), SessionCode.parse("4821193775"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"48x", "482-19a", "\u0000", "482;193775", "482\n193775\nrm"})
    void readingHostileTextNeverThrows(String typed) {
        assertInstanceOf(SessionCode.Reading.Invalid.class, SessionCode.read(typed));
    }

    @ParameterizedTest(name = "{0}-{1}: display {2}, canonical {3}")
    @CsvSource({
        "482, 193775, 482-193 775, 482-193775",
        "7, 000042, 7-000 042, 7-000042",
        "123456789, 999999, 123456789-999 999, 123456789-999999",
        "4821393750, 193775, 48213 93750-193 775, 4821393750-193775",
    })
    void displaysGroupedForReadingAloudAndParsesBack(String nameplate, String secret, String display, String canonical) {
        SessionCode code = new SessionCode(nameplate, secret);

        assertEquals(display, code.display());
        assertEquals(canonical, code.canonical());
        assertEquals(code, SessionCode.parse(code.display()));
        assertEquals(code, SessionCode.parse(code.canonical()));
    }

    @ParameterizedTest
    @CsvSource({"'', 193775", "12345678901, 193775", "48a, 193775", "482, 19377", "482, 1937750", "482, 19377x"})
    void constructorKeepsTheRules(String nameplate, String secret) {
        assertThrows(IllegalArgumentException.class, () -> new SessionCode(nameplate, secret));
    }

    @Test
    void newSecretIsSixDigitsAndKeepsLeadingZeros() {
        SecureRandom zeros = new SecureRandom() {
            @Override
            public int nextInt(int bound) {
                return 42;
            }
        };
        assertEquals("000042", SessionCode.newSecret(zeros));

        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String secret = SessionCode.newSecret(random);
            assertTrue(secret.matches("[0-9]{6}"), secret);
            seen.add(secret);
        }
        assertTrue(seen.size() > 190, "secrets should rarely repeat");
    }

    @Test
    void newSecretUsesAsciiDigitsWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertTrue(SessionCode.newSecret(new SecureRandom()).matches("[0-9]{6}"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void toStringNeverShowsTheSecret() {
        SessionCode code = new SessionCode("482", "193775");

        assertFalse(code.toString().contains("193775"));
        assertTrue(code.toString().contains("482"));
    }

    @Test
    void anyNewSecretMakesAParseableCode() {
        Random seeds = new Random(7);
        for (int i = 0; i < 50; i++) {
            SessionCode code = new SessionCode(Integer.toString(seeds.nextInt(1000)), SessionCode.newSecret(new SecureRandom()));
            assertEquals(code, SessionCode.parse(code.display()));
        }
    }

    @Test
    void theExampleHasTheShapeOfACodeFromARelayAndIsWhatAMistakeIsToldWith() {
        SessionCode example = SessionCode.example();

        assertEquals(SessionCode.RELAY_NAMEPLATE_DIGITS, example.nameplate().length());
        assertEquals(example, SessionCode.parse(example.display()));
        SessionCode.Reading.Invalid mistake = assertInstanceOf(SessionCode.Reading.Invalid.class, SessionCode.read("48x"));
        assertTrue(mistake.reason().endsWith("for example " + example.display() + "."), mistake.reason());
    }
}
