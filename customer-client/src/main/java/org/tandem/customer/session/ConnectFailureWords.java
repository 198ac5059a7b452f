package org.tandem.customer.session;

import org.tandem.shared.pairing.PairingException;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.client.RelayFailure;
import org.tandem.shared.relay.client.RelayRefusedException;

/**
 * What the customer reads when joining the technician or pairing with them failed. The words name
 * what happened and what to do next; they never repeat an exception's own text, which is for the
 * app log.
 */
public final class ConnectFailureWords {
    static final String IN_USE = "This code is already in use. Ask your technician for a new code.";
    /** A code this computer joined under before: whatever came of it, the relay keeps it in use for good. */
    static final String SPENT = "This code can no longer be used. Ask your technician for a new code.";
    static final String NO_SUCH_CODE =
            "No session has this code. Check the code with your technician, or ask them for a new one.";
    static final String EXPIRED = "This code has expired. Ask your technician for a new code.";
    static final String BURNED = "This code was closed after wrong tries. Ask your technician for a new code.";
    static final String CLOSING = "Tandem's connection server is restarting. Try again in a minute.";
    static final String REFUSED = "Tandem's connection server turned this computer away. Check the code with your"
            + " technician, then try again.";
    static final String CODE_MISMATCH = "The code did not match. Ask your technician for a new code: this one cannot"
            + " be used again.";
    static final String NOT_SECURE = "A secure connection with your technician could not be set up. Ask your"
            + " technician for a new code, then try again.";
    static final String OTHER_VERSION = "Your technician's Tandem is another version than this one, so no secure"
            + " connection could be made. Update Tandem, or ask your technician which version to use.";
    static final String HOST_KEY_CHANGED = "Tandem stopped before connecting: its connection server is not the one"
            + " this computer knows, so someone may be posing as it. Nothing was shared. Tell your technician.";
    static final String LOGIN_REFUSED = "Tandem's connection server did not let this computer in. Tell your technician.";
    static final String TIMED_OUT = "The connection took too long. Check that this computer is connected to the"
            + " internet, then try again.";
    static final String UNREACHABLE = "Tandem could not reach its connection server. Check that this computer is"
            + " connected to the internet, then try again.";
    static final String NOT_UNDERSTOOD = "Tandem's connection server answered in a way this version of Tandem does"
            + " not understand. Make sure Tandem is up to date, then try again.";
    static final String OTHER = "Could not connect to your technician. Try again, or ask your technician for a new"
            + " code.";

    private ConnectFailureWords() {}

    /**
     * Words for the customer about any failure of joining or pairing: a refusal by the relay, a
     * network failure, a login or host-key failure, a timeout, or a failed pairing.
     *
     * @param failure what the joiner or the pairing threw; {@code null} reads as an unknown failure
     */
    public static String describe(Throwable failure) {
        return RelayFailure.firstWords(failure, ConnectFailureWords::wordsFor).orElse(OTHER);
    }

    /**
     * As {@link #describe(Throwable)}, for a code this computer has joined with before. The relay keeps
     * a joined code as in use after its session too (so it is never handed to anyone else); for such a
     * code "in use" means the code is spent, and the customer is told so.
     */
    public static String describe(Throwable failure, boolean joinedBefore) {
        String words = describe(failure);
        return joinedBefore && IN_USE.equals(words) ? SPENT : words;
    }

    /**
     * Whether the relay refused the code for good (in use, expired, closed after wrong tries): trying
     * it again can only fail the same way, so the customer needs a new code.
     */
    public static boolean refusedForGood(Throwable failure) {
        String words = describe(failure);
        return IN_USE.equals(words) || EXPIRED.equals(words) || BURNED.equals(words);
    }

    /** Too many tries from this computer: say how long to wait, in minutes or seconds. */
    static String rateLimited(RelayRefusedException refused) {
        long seconds = refused.retryAfter().map(java.time.Duration::toSeconds).orElse(60L);
        String wait = seconds >= 90 ? ((seconds + 59) / 60) + " minutes" : Math.max(1, seconds) + " seconds";
        return "There were too many tries from this computer. Wait " + wait + ", then try the code again.";
    }

    private static String wordsFor(Throwable failure) {
        if (failure instanceof RelayRefusedException refused) {
            return switch (refused.code()) {
                case RelayMessage.Error.IN_USE -> IN_USE;
                case RelayMessage.Error.UNKNOWN_NAMEPLATE -> NO_SUCH_CODE;
                case RelayMessage.Error.EXPIRED -> EXPIRED;
                case RelayMessage.Error.BURNED -> BURNED;
                case RelayMessage.Error.CLOSING -> CLOSING;
                case RelayMessage.Error.RATE_LIMITED -> rateLimited(refused);
                default -> REFUSED;
            };
        }
        if (failure instanceof PairingException pairing) {
            return switch (pairing.kind()) {
                case CODE_MISMATCH -> CODE_MISMATCH;
                case OTHER_VERSION -> OTHER_VERSION;
                case OTHER_SIDE_LEFT, BROKEN -> NOT_SECURE;
            };
        }
        return RelayFailure.of(failure).map(kind -> switch (kind) {
            case HOST_KEY_CHANGED -> HOST_KEY_CHANGED;
            case LOGIN_REFUSED -> LOGIN_REFUSED;
            case NO_ANSWER -> TIMED_OUT;
            case UNREACHABLE -> UNREACHABLE;
            case NOT_UNDERSTOOD -> NOT_UNDERSTOOD;
        }).orElse(null);
    }
}
