package org.tandem.shared.relay.client;

/** Where a relay listens. */
public record RelayAddress(String host, int port) {
    public static final int DEFAULT_PORT = 4022;

    public static RelayAddress parse(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0) {
            return new RelayAddress(hostPort, DEFAULT_PORT);
        }
        return new RelayAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }
}
