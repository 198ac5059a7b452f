package org.tandem.customer.session;

import java.io.IOException;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.session.SessionChannel;

/** The screen's updates, the pointer and the monitors, sent on the session channel. */
record ChannelUpdateSink(SessionChannel target) implements UpdateSink {
    @Override
    public void send(ScreenUpdate update) throws IOException {
        target.send(update);
    }

    @Override
    public void send(PointerMessage message) throws IOException {
        target.send(message);
    }

    @Override
    public void send(ControlMessage.ScreenMonitors monitors) throws IOException {
        target.send(monitors);
    }
}
