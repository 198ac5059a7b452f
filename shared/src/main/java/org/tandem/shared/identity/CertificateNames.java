package org.tandem.shared.identity;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Reads the common name and organisation out of a certificate's subject. */
final class CertificateNames {
    private CertificateNames() {}

    /** The subject's common name, or an empty string when it has none. */
    static String commonName(X509Certificate certificate) {
        return attribute(certificate, BCStyle.CN);
    }

    /** The subject's organisation name, or an empty string when it has none. */
    static String organisation(X509Certificate certificate) {
        return attribute(certificate, BCStyle.O);
    }

    private static String attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        try {
            X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
            for (RDN rdn : subject.getRDNs(type)) {
                for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                    if (type.equals(attribute.getType()) && attribute.getValue() instanceof ASN1String value) {
                        return value.getString();
                    }
                }
            }
            return "";
        } catch (RuntimeException e) {
            return "";
        }
    }
}
