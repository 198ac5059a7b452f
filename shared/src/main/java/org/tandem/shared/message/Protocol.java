package org.tandem.shared.message;

/** Version of the session protocol spoken inside the session envelope. */
public final class Protocol {
    /** Both ends must speak exactly this version; there is no downgrade. */
    public static final int VERSION = 1;

    private Protocol() {}
}
