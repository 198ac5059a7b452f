package org.tandem.shared.pairing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigInteger;
import org.bouncycastle.crypto.agreement.ecjpake.ECSchnorrZKP;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Rebuilds Bouncy Castle's Schnorr proof objects from values read off the wire.
 *
 * <p>Bouncy Castle expects J-PAKE payloads to be handed over as objects and keeps the proof's
 * constructor package-private, so a payload decoded from bytes has no public way back into
 * {@code ECJPAKEParticipant}. Reflection on that one constructor is the narrow way round: the proof
 * is still validated entirely by Bouncy Castle. It needs Bouncy Castle on the class path (as Tandem
 * runs it) or, on the module path, its {@code ecjpake} package opened to this module.
 */
final class SchnorrProofs {
    private static final Constructor<ECSchnorrZKP> CONSTRUCTOR = findConstructor();

    private SchnorrProofs() {}

    static ECSchnorrZKP of(ECPoint v, BigInteger r) {
        try {
            return CONSTRUCTOR.newInstance(v, r);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot build a Bouncy Castle Schnorr proof", e);
        }
    }

    private static Constructor<ECSchnorrZKP> findConstructor() {
        try {
            Constructor<ECSchnorrZKP> constructor =
                    ECSchnorrZKP.class.getDeclaredConstructor(ECPoint.class, BigInteger.class);
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IllegalStateException("This Bouncy Castle version does not let J-PAKE proofs be rebuilt"
                    + " (on the module path, open org.bouncycastle.crypto.agreement.ecjpake to Tandem)", e);
        }
    }
}
