package org.tandem.relay;

import java.util.regex.Pattern;

/**
 * Where the relay listens: an address of this machine and a port, 0 for any free one.
 *
 * @param host a host name, IPv4 address, or IPv6 address without brackets
 */
public record ListenAddress(String host, int port) {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    public ListenAddress {
        if (host == null || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("Not an address to listen on: '" + host + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("A port is 0 to 65535, got " + port);
        }
    }

    /** Parses {@code HOST:PORT} or {@code [IPV6]:PORT}. */
    public static ListenAddress parse(String text) {
        String input = text == null ? "" : text.strip();
        int colon = input.lastIndexOf(':');
        if (colon <= 0 || colon == input.length() - 1) {
            throw invalid(text);
        }
        String host = input.substring(0, colon);
        String port = input.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0) {
            throw invalid(text);
        }
        if (!PORT.matcher(port).matches()) {
            throw invalid(text);
        }
        try {
            return new ListenAddress(host, Integer.parseInt(port));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(invalid(text).getMessage() + " " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("Not a listen address: '" + text
                + "'. Use HOST:PORT or [IPV6]:PORT, e.g. 0.0.0.0:4022; port 0 picks a free one.");
    }
}
