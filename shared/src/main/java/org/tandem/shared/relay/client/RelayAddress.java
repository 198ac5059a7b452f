package org.tandem.shared.relay.client;

import java.util.regex.Pattern;
import org.tandem.shared.relay.RelayProtocol;

/**
 * Where a relay listens: a host name or IP address and a TCP port.
 *
 * @param host a host name, an IPv4 address, or an IPv6 address without brackets
 * @param port 1 to 65535
 */
public record RelayAddress(String host, int port) {
    public static final int DEFAULT_PORT = RelayProtocol.DEFAULT_PORT;

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,252})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9._-]+)?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");

    public RelayAddress {
        if (host == null || !(HOST_NAME.matcher(host).matches() || isIpv6(host))) {
            throw new IllegalArgumentException("Not a host name or IP address: '" + host + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("A relay port is 1 to 65535, got " + port);
        }
    }

    /**
     * Parses {@code HOST}, {@code HOST:PORT} or {@code [IPV6]:PORT}; the port defaults to
     * {@value #DEFAULT_PORT}.
     *
     * @throws IllegalArgumentException with a message that says what a valid address looks like
     */
    public static RelayAddress parse(String hostPort) {
        if (hostPort == null || hostPort.isBlank()) {
            throw invalid(hostPort, "it is empty");
        }
        String text = hostPort.strip();
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw invalid(hostPort, "the ']' after the IPv6 address is missing");
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (rest.isEmpty()) {
                port = null;
            } else if (rest.startsWith(":")) {
                port = rest.substring(1);
            } else {
                throw invalid(hostPort, "only ':PORT' may follow ']'");
            }
            if (!isIpv6(host)) {
                throw invalid(hostPort, "'" + host + "' is not an IPv6 address");
            }
        } else {
            int colon = text.indexOf(':');
            if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) {
                throw invalid(hostPort, "write an IPv6 address in brackets, e.g. [::1]:" + DEFAULT_PORT);
            }
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
        }
        return new RelayAddress(parseHost(hostPort, host), parsePort(hostPort, port));
    }

    /** {@code host:port}, with brackets around an IPv6 address; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }

    private static String parseHost(String input, String host) {
        if (host.isEmpty()) {
            throw invalid(input, "the host is missing");
        }
        if (!HOST_NAME.matcher(host).matches() && !isIpv6(host)) {
            throw invalid(input, "'" + host + "' is not a host name or IP address");
        }
        return host;
    }

    private static int parsePort(String input, String port) {
        if (port == null) {
            return DEFAULT_PORT;
        }
        if (!DIGITS.matcher(port).matches()) {
            throw invalid(input, "the port '" + port + "' is not a number from 1 to 65535");
        }
        int value = Integer.parseInt(port);
        if (value < 1 || value > 65535) {
            throw invalid(input, "the port " + value + " is not from 1 to 65535");
        }
        return value;
    }

    private static boolean isIpv6(String host) {
        return host.indexOf(':') >= 0 && IPV6.matcher(host).matches();
    }

    private static IllegalArgumentException invalid(String input, String reason) {
        return new IllegalArgumentException("Not a relay address: '" + input + "' (" + reason
                + "). Use HOST, HOST:PORT or [IPV6]:PORT, e.g. relay.example.org:" + DEFAULT_PORT + ".");
    }
}
