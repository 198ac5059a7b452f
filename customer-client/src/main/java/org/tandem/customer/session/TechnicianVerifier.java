package org.tandem.customer.session;

import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.message.ControlMessage.Hello;

/** Decides who the technician is from their hello and this session's pairing transcript. */
@FunctionalInterface
public interface TechnicianVerifier {
    IdentityVerdict verify(Hello technicianHello, byte[] transcriptHash);
}
