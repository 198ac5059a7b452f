package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;

class CertificateTechnicianVerifierTest {
    private static final byte[] TRANSCRIPT = new byte[32];

    private final CertificateTechnicianVerifier verifier =
            new CertificateTechnicianVerifier(TrustedOrganisations.of(List.of()), Clock.systemUTC());

    @ParameterizedTest
    @ValueSource(strings = {"", "bm90IGEgcHJvb2Y="})
    void aSelfDeclaredNameIsCleanedBeforeTheWarningShowsIt(String proof) {
        Hello hello = new Hello(1, Role.TECHNICIAN, "Dana\u202E — Verified\n\u200D", List.of(), proof);

        IdentityVerdict.Unverified verdict =
                assertInstanceOf(IdentityVerdict.Unverified.class, verifier.verify(hello, TRANSCRIPT));

        assertEquals("Dana", verdict.claimedName());
        assertEquals(true, verdict.displayLine().startsWith("“Dana” is asking to help you"), verdict.displayLine());
    }
}
