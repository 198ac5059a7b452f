package org.tandem.customer.session;

import org.tandem.shared.identity.DisplayNames;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage.Hello;

/**
 * Who the technician's hello says they are, once checked: the verdict on their identity, the name
 * the customer reads (only a verified one; otherwise a neutral phrase), the actor the journal
 * records them as, and the journal event that records the check.
 *
 * @param verdict what the technician's certificate proved, if anything
 * @param shownName what the customer is shown as the technician's name
 * @param actor the journal's actor for the technician: the declared name, cleaned
 * @param identityEvent the event that records the verdict
 */
record TechnicianIntroduction(IdentityVerdict verdict, String shownName, String actor, JournalEvent identityEvent) {
    /** The technician before (or without) a verified name. */
    static final String UNNAMED = "the person helping you";
    static final String TECHNICIAN = "technician";

    static TechnicianIntroduction check(Hello hello, byte[] transcriptHash, TechnicianVerifier verifier) {
        IdentityVerdict checked = verifier.verify(hello, transcriptHash);
        // A name the technician gave about themselves: nobody vouches for it, so it is cleaned before any use.
        String declaredName = DisplayNames.untrusted(hello.displayName());
        String actor = TECHNICIAN + ":" + (declaredName.isBlank() ? "unnamed" : declaredName);
        if (checked instanceof IdentityVerdict.Verified v) {
            return new TechnicianIntroduction(checked, v.technicianName(), actor,
                    new JournalEvent.IdentityVerified(v.technicianName(), v.organisationName(), v.displayLine()));
        }
        IdentityVerdict.Unverified u = (IdentityVerdict.Unverified) checked;
        return new TechnicianIntroduction(checked, UNNAMED, actor,
                new JournalEvent.IdentityUnverified(declaredName, u.reason(), u.displayLine()));
    }

    /** {@code shownName} at the start of a sentence. */
    static String capitalized(String shownName) {
        return shownName.isEmpty() ? shownName : Character.toUpperCase(shownName.charAt(0)) + shownName.substring(1);
    }
}
