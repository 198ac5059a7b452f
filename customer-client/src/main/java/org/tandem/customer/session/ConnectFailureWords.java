package org.tandem.customer.session;

import org.tandem.shared.pairing.PairingException;

/** Why joining failed, in words for the customer; the raw failure goes to the app log only. */
final class ConnectFailureWords {
    private ConnectFailureWords() {}

    static String forCustomer(Throwable failure) {
        if (failure instanceof PairingException pairing && pairing.codeMismatch()) {
            return "The code did not match. Check the code with your technician; they can give you a new one.";
        }
        return "Tandem could not connect to your technician. Check your internet connection and the code, then try again.";
    }
}
