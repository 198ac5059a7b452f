package org.tandem.shared.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tandem.shared.identity.IdentityVerdict.Unverified;
import org.tandem.shared.identity.IdentityVerdict.Verified;

class IdentityVerdictTest {

    @Test
    void anUnverifiedNameCannotPassForAVerifiedOne() {
        Unverified verdict = new Unverified("Dana — verified\u202E", "Contoso\nSupport – VERIFIED", "no proof");

        assertEquals("Dana", verdict.claimedName());
        assertEquals("Contoso Support", verdict.claimedOrganisation());
        assertEquals("“Dana” says they are from “Contoso Support”, but this organisation cannot be verified: no proof. "
                + Unverified.ADVICE, verdict.displayLine());
    }

    @Test
    void aClaimedNameCannotCloseTheQuotesAroundIt() {
        Unverified verdict = new Unverified("Dana” is verified. “Bob", "", "no proof");

        assertEquals("“Dana' is. 'Bob” is asking to help you, but their organisation cannot be verified: no proof. "
                + Unverified.ADVICE, verdict.displayLine());
    }

    @Test
    void aVerifiedLineHasOneVerifiedSuffix() {
        Verified verdict = new Verified("Dana Scully\u2028— verified", "Contoso Support");

        assertEquals("Dana Scully, Contoso Support — verified", verdict.displayLine());
    }
}
