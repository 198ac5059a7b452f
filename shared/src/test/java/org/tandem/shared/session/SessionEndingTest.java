package org.tandem.shared.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionEndingTest {

    @ParameterizedTest
    @EnumSource(SessionEnding.class)
    void everyEndingHasOnePlainSentenceForEachSideAndAStableCode(SessionEnding ending) {
        for (String words : new String[] {ending.toCustomer(), ending.toTechnician()}) {
            assertTrue(words.endsWith("."), words);
            assertTrue(Character.isUpperCase(words.charAt(0)), words);
            assertFalse(words.matches("(?s).*(Exception|null|\\{|:).*"), "not plain words: " + words);
        }
        assertFalse(ending.label().isBlank());
        assertTrue(ending.code().matches("[a-z]+(-[a-z]+)*"), ending.code());
        assertEquals(Optional.of(ending), SessionEnding.fromCode(ending.code()));
    }

    @Test
    void onlyTheTechnicianWhoRanTheSessionReadsEndedByYouAnyoneElseReadsWho() {
        assertEquals("ended by you", SessionEnding.TECHNICIAN_ENDED.label());
        assertEquals("ended by Dana Scully", SessionEnding.TECHNICIAN_ENDED.labelNaming("Dana Scully"));
        assertEquals("ended by the technician", SessionEnding.TECHNICIAN_ENDED.labelNaming(" "));
        for (SessionEnding ending : SessionEnding.values()) {
            assertFalse(ending.labelNaming("Dana Scully").matches("(?i).*\\b(you|your)\\b.*"), ending.labelNaming("Dana Scully"));
            if (ending != SessionEnding.TECHNICIAN_ENDED) {
                assertEquals(ending.label(), ending.labelNaming("Dana Scully"), "names nobody: the same for all");
            }
        }
    }

    @Test
    void codesAndSentencesAreNeverShared() {
        SessionEnding[] all = SessionEnding.values();
        assertEquals(all.length, Arrays.stream(all).map(SessionEnding::code).collect(Collectors.toSet()).size());
        assertEquals(all.length, Arrays.stream(all).map(SessionEnding::toCustomer).collect(Collectors.toSet()).size());
        assertEquals(all.length, Arrays.stream(all).map(SessionEnding::label).collect(Collectors.toSet()).size());
    }

    @Test
    void theCatalogCoversEveryWayOfEndingTheIssueNames() {
        Set<String> codes = Arrays.stream(SessionEnding.values()).map(SessionEnding::code).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("customer-ended", "technician-ended", "customer-closed-window",
                "technician-closed-window", "connection-lost", "stopped-answering", "resume-expired", "invalid-data",
                "version-mismatch", "tandem-fault", "customer-journal-failed", "technician-journal-failed")), codes::toString);
        assertTrue(SessionEnding.RESUME_EXPIRED.toCustomer().startsWith("We could not reconnect within 2 minutes"));
    }

    @Test
    void unknownAndMissingCodesAreNotEndings() {
        assertEquals(Optional.empty(), SessionEnding.fromCode(""));
        assertEquals(Optional.empty(), SessionEnding.fromCode(null));
        assertEquals(Optional.empty(), SessionEnding.fromCode("exploded"));
    }

    @Test
    void aSideMayTellOfItsOwnEndingsAndOfSharedOnesButNotClaimTheOthers() {
        assertEquals(SessionEnding.CUSTOMER_DECLINED, SessionEnding.toldBy(true, "customer-declined"));
        assertEquals(SessionEnding.TECHNICIAN_CLOSED_WINDOW, SessionEnding.toldBy(false, "technician-closed-window"));
        assertEquals(SessionEnding.VERSION_MISMATCH, SessionEnding.toldBy(false, "version-mismatch"));
        assertEquals(SessionEnding.INVALID_DATA, SessionEnding.toldBy(true, "invalid-data"));
        // The technician cannot make the customer read "You chose not to start the session".
        assertEquals(SessionEnding.TECHNICIAN_ENDED, SessionEnding.toldBy(false, "customer-declined"));
        assertEquals(SessionEnding.CUSTOMER_ENDED, SessionEnding.toldBy(true, "technician-journal-failed"));
        // An older Tandem sends no code; a newer one may send one this version does not know.
        assertEquals(SessionEnding.CUSTOMER_ENDED, SessionEnding.toldBy(true, ""));
        assertEquals(SessionEnding.TECHNICIAN_ENDED, SessionEnding.toldBy(false, "a-newer-ending"));
    }

    @Test
    void onlyEndingsWherePeopleChoseAreNotFailures() {
        Set<SessionEnding> chosen = Arrays.stream(SessionEnding.values()).filter(e -> !e.failure())
                .collect(Collectors.toSet());
        assertEquals(Set.of(SessionEnding.CUSTOMER_ENDED, SessionEnding.TECHNICIAN_ENDED,
                SessionEnding.CUSTOMER_CLOSED_WINDOW, SessionEnding.TECHNICIAN_CLOSED_WINDOW,
                SessionEnding.CUSTOMER_DECLINED, SessionEnding.CUSTOMER_DID_NOT_ANSWER), chosen);
        assertNotEquals(SessionEnding.CUSTOMER_ENDED.toCustomer(), SessionEnding.CUSTOMER_CLOSED_WINDOW.toCustomer(),
                "closing the window reads differently from pressing End session");
    }
}
