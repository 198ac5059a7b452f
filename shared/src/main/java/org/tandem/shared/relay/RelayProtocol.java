package org.tandem.shared.relay;

/** Names both the relay and its clients must agree on, outside the JSON envelope itself. */
public final class RelayProtocol {
    /** The SSH subsystem that carries the relay envelope and, after pairing, the byte pipe. */
    public static final String SUBSYSTEM = "tandem";

    /** The guest user name customers log in with; it takes no credential and may only join. */
    public static final String CUSTOMER_USER = "customer";

    /** The port a relay listens on when none is given. */
    public static final int DEFAULT_PORT = 4022;

    private RelayProtocol() {}
}
