package org.tandem.shared.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Arrays;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.ResumeSecret;
import org.tandem.shared.session.resume.ResumeException;
import org.tandem.shared.session.resume.ResumeHandshake;

/**
 * Runs the technician's side of the resume handshake against arbitrary bytes from "the customer",
 * as a hostile relay could send them on a resumed pipe: the hello (version, role, nonce, sequence
 * number) and the proof. A handshake that cannot go on ends with a {@link ResumeException}, or an
 * {@link EOFException} when the bytes run out; anything else escaping is a finding, and so is a
 * handshake that completes, since every proof covers the technician's fresh nonce.
 *
 * <p>The seeds are what a real customer sent in a real resume under {@link #secret()}, whole and
 * cut after the hello.
 */
class ResumeHandshakeFuzzTest {
    static ResumeSecret secret() {
        byte[] secret = new byte[ResumeSecret.SECRET_BYTES];
        Arrays.fill(secret, (byte) 0x5E);
        byte[] token = new byte[ResumeSecret.TOKEN_BYTES];
        Arrays.fill(token, (byte) 0x70);
        return new ResumeSecret(secret, token);
    }

    @FuzzTest(maxDuration = "5m")
    void resumesAsTechnician(byte[] fromCustomer) throws IOException {
        try {
            new ResumeHandshake(PairingRole.TECHNICIAN, secret(), Protocol.VERSION, new SecureRandom())
                    .run(new ByteArrayInputStream(fromCustomer), OutputStream.nullOutputStream(), 0);
        } catch (ResumeException | EOFException expected) {
            return; // the documented ways for a resume to fail
        }
        throw new AssertionError("The technician resumed with bytes that no customer could have sent for its nonce");
    }
}
