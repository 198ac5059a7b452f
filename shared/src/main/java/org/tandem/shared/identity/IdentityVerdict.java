package org.tandem.shared.identity;

import java.util.Objects;

/**
 * What the customer's client concluded about the person on the other end, and the line it shows.
 * Every name in a verdict passes through {@link DisplayNames#untrusted} when the verdict is made,
 * whoever makes it. Names in an {@link Unverified} verdict come from a certificate or a console
 * nobody vouches for and must never be shown without the warning.
 */
public sealed interface IdentityVerdict {

    /** The line to show the customer: who it is and that it is verified, or a plain scam warning. */
    String displayLine();

    /** The certificate chains to an organisation this computer trusts and the signature is for this session. */
    record Verified(String technicianName, String organisationName) implements IdentityVerdict {
        public Verified {
            technicianName = DisplayNames.untrusted(Objects.requireNonNull(technicianName, "technicianName"));
            organisationName = DisplayNames.untrusted(Objects.requireNonNull(organisationName, "organisationName"));
        }

        /** For example "Dana Scully, Contoso Support — verified". */
        @Override
        public String displayLine() {
            return technicianName + ", " + organisationName + " — verified";
        }
    }

    /**
     * The identity could not be verified.
     *
     * @param claimedName the name in the certificate, or empty when there was none to read
     * @param claimedOrganisation the organisation in the certificate, or empty
     * @param reason why, in plain words, fit to follow "cannot be verified: "
     */
    record Unverified(String claimedName, String claimedOrganisation, String reason) implements IdentityVerdict {
        public static final String ADVICE =
                "Did you contact this company yourself? If someone called you unexpectedly, end this session.";

        public Unverified {
            claimedName = DisplayNames.untrusted(Objects.requireNonNull(claimedName, "claimedName"));
            claimedOrganisation = DisplayNames.untrusted(Objects.requireNonNull(claimedOrganisation, "claimedOrganisation"));
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * For example: "“Dana Scully” says they are from “Contoso Support”, but this organisation
         * cannot be verified: it was issued by an organisation this computer does not trust. Did
         * you contact this company yourself? If someone called you unexpectedly, end this session."
         */
        @Override
        public String displayLine() {
            String who;
            if (!claimedName.isEmpty() && !claimedOrganisation.isEmpty()) {
                who = quoted(claimedName) + " says they are from " + quoted(claimedOrganisation)
                        + ", but this organisation cannot be verified: ";
            } else if (!claimedName.isEmpty()) {
                who = quoted(claimedName) + " is asking to help you, but their organisation cannot be verified: ";
            } else {
                who = "Someone is asking to help you, but who they are cannot be verified: ";
            }
            return who + reason + ". " + ADVICE;
        }

        private static String quoted(String untrusted) {
            return "“" + untrusted + "”";
        }
    }
}
