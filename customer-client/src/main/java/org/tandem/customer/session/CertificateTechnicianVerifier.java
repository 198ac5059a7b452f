package org.tandem.customer.session;

import java.time.Clock;
import java.util.Objects;
import org.tandem.shared.identity.DisplayNames;
import org.tandem.shared.identity.IdentityProof;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.identity.MalformedIdentityProofException;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.message.ControlMessage.Hello;

/**
 * Checks the technician's certificate and signature over this session against the organisations
 * this computer trusts. No proof, or any fault in it, gives an unverified verdict with the warning.
 */
public final class CertificateTechnicianVerifier implements TechnicianVerifier {
    private final TrustedOrganisations trusted;
    private final Clock clock;

    public CertificateTechnicianVerifier(TrustedOrganisations trusted, Clock clock) {
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IdentityVerdict verify(Hello technicianHello, byte[] transcriptHash) {
        String claimed = DisplayNames.untrusted(technicianHello.displayName());
        if (technicianHello.identityProof().isEmpty()) {
            return new IdentityVerdict.Unverified(claimed, "", "they did not show any proof of who they are");
        }
        try {
            IdentityProof proof = IdentityProof.fromBase64(technicianHello.identityProof());
            return trusted.verify(proof, transcriptHash, clock.instant());
        } catch (MalformedIdentityProofException e) {
            return new IdentityVerdict.Unverified(claimed, "", "their proof of identity is damaged");
        }
    }
}
