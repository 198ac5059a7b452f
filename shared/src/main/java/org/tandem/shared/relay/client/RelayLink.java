package org.tandem.shared.relay.client;

import java.io.InputStream;
import java.io.OutputStream;

/** The opaque byte pipe between the two endpoints once the relay has paired them. */
public interface RelayLink extends AutoCloseable {
    InputStream input();

    OutputStream output();

    boolean isOpen();

    @Override
    void close();
}
