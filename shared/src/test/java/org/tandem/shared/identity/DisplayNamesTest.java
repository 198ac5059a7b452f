package org.tandem.shared.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DisplayNamesTest {

    static Stream<Arguments> hostileNames() {
        return Stream.of(
                arguments("right-to-left override", "Dana\u202E yllucS", "Dana yllucS"),
                arguments("reversed claim behind an override", "\u202Edeifirev — anaD", "deifirev - anaD"),
                arguments("bidi isolates", "\u2067Dana\u2069 \u2066Scully\u2069", "Dana Scully"),
                arguments("zero-width joiner", "Da\u200Dna", "Dana"),
                arguments("zero-width space and word joiner", "Da\u200Bna\u2060 Scully\uFEFF", "Dana Scully"),
                arguments("newline", "Dana\nScully", "Dana Scully"),
                arguments("CR LF and tab", "Dana\r\n\tScully", "Dana Scully"),
                arguments("other controls", "Dana\u0007\u001B[31m Scully", "Dana[31m Scully"),
                arguments("runs of spaces", "  Dana \u00A0\u2003 Scully  ", "Dana Scully"),
                arguments("blank letters", "Dana\u3164\u2800 Scully", "Dana Scully"),
                arguments("em dash verified", "Dana — verified", "Dana"),
                arguments("en dash VERIFIED", "Dana – VERIFIED", "Dana"),
                arguments("hyphen Verified", "Bob - Verified", "Bob"),
                arguments("figure dash", "Dana ‒ verified", "Dana"),
                arguments("minus sign", "Dana − verified", "Dana"),
                arguments("horizontal bar and accents", "Dana ― Vérifié", "Dana"),
                arguments("Cyrillic look-alike letters", "Dana — vеrifiеd", "Dana"),
                arguments("full-width letters", "Dana — ｖｅｒｉｆｉｅｄ", "Dana"),
                arguments("circled letters", "Dana — ⓥⓔⓡⓘⓕⓘⓔⓓ", "Dana"),
                arguments("digits for letters", "Dana — v3rif1ed", "Dana"),
                arguments("hidden break in the claim", "Dana — veri\u200Bfied", "Dana"),
                arguments("no space before the claim", "Dana—verified", "Dana"),
                arguments("claim in brackets", "Dana (verified) Scully", "Dana Scully"),
                arguments("claim twice", "Dana — verified — verified", "Dana"),
                arguments("claim first", "Verified: Dana Scully", "Dana Scully"),
                arguments("unverified", "Dana (unverified)", "Dana"),
                arguments("the whole verified line", "Dana Scully, Contoso Support — verified", "Dana Scully, Contoso Support"),
                arguments("check marks", "Dana ✓ Scully ✔", "Dana Scully"),
                arguments("quotes that would end the warning's",
                        "Dana” says they are from “Contoso", "Dana' says they are from 'Contoso"),
                arguments("stacked accents", "D" + "\u0301".repeat(20) + "ana", "D" + "\u0301".repeat(4) + "ana"),
                arguments("only a claim", " — verified", ""),
                arguments("only invisible characters", "\u202E\u200D\n", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNames")
    void aHostileNameIsMadeHarmless(String what, String name, String expected) {
        assertEquals(expected, DisplayNames.untrusted(name));
    }

    static Stream<Arguments> honestNames() {
        return Stream.of(
                arguments("Dana Scully", "Dana Scully"),
                arguments("Jean-Luc Picard", "Jean-Luc Picard"),
                arguments("Anne–Marie Dupont", "Anne-Marie Dupont"),
                arguments("José Álvarez", "José Álvarez"),
                arguments("Jose\u0301", "José"),
                arguments("O'Brien, Contoso Support (Dublin)", "O'Brien, Contoso Support (Dublin)"),
                arguments("山田 太郎", "山田 太郎"),
                arguments("Dana Scully Jr.", "Dana Scully Jr."),
                arguments("", ""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("honestNames")
    void anHonestNameIsKept(String name, String expected) {
        assertEquals(expected, DisplayNames.untrusted(name));
    }

    @Test
    void noNameIsEmpty() {
        assertEquals("", DisplayNames.untrusted(null));
    }

    @Test
    void aLongNameIsCutWithAnEllipsis() {
        String cut = DisplayNames.untrusted("D".repeat(500));

        assertEquals("D".repeat(DisplayNames.MAX_LENGTH - 1) + "…", cut);
    }

    @Test
    void aLongNameCannotHideAClaimBeyondTheCut() {
        String name = "Dana" + " ".repeat(400) + "\u200B".repeat(400) + "— verified";

        assertEquals("Dana", DisplayNames.untrusted(name));
    }

    static Stream<String> everyName() {
        return Stream.concat(hostileNames().map(a -> (String) a.get()[1]), honestNames().map(a -> (String) a.get()[0]))
                .flatMap(name -> Stream.of(name, name.repeat(40), "\u202E" + name + "\u200D — Verified"));
    }

    @ParameterizedTest
    @MethodSource("everyName")
    void whatComesOutIsVisibleBoundedAndStable(String name) {
        String clean = DisplayNames.untrusted(name);

        assertTrue(clean.codePointCount(0, clean.length()) <= DisplayNames.MAX_LENGTH, clean);
        assertTrue(clean.codePoints().noneMatch(cp -> Character.getType(cp) == Character.FORMAT
                || Character.isISOControl(cp) || Character.getType(cp) == Character.LINE_SEPARATOR), clean);
        assertFalse(clean.contains("—") || clean.contains("–") || clean.contains("“") || clean.contains("”"), clean);
        assertFalse(clean.toLowerCase(Locale.ROOT).contains("verif"), clean);
        assertFalse(clean.contains("  ") || !clean.equals(clean.strip()), clean);
        assertEquals(clean, DisplayNames.untrusted(clean), "a second pass changes nothing");
    }
}
