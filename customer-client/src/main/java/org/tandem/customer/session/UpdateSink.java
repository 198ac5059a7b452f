package org.tandem.customer.session;

import java.io.IOException;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.message.ScreenUpdate;

/** Where {@link ScreenSharer} sends what it shares: the session channel, or a test's list. */
public interface UpdateSink {
    void send(ScreenUpdate update) throws IOException;

    /** Where the pointer moved or how it looks now; dropped unless the sink takes it. */
    default void send(PointerMessage pointer) throws IOException {}

    /** The customer's monitors and the size now shared, ahead of the stream at that size. */
    default void send(ControlMessage.ScreenMonitors monitors) throws IOException {}
}
