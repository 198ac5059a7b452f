package org.tandem.customer.session;

import java.io.IOException;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.session.SessionChannel;

/**
 * The screen's updates, the pointer and the monitors, sent on the session channel; the pointer's
 * looks by their numbers once sent (decision 0020).
 */
record ChannelUpdateSink(SessionChannel target, PointerShapeNames shapeNames) implements UpdateSink {
    @Override
    public void send(ScreenUpdate update) throws IOException {
        target.send(update);
    }

    @Override
    public void send(PointerMessage message) throws IOException {
        target.send(message instanceof PointerMessage.Shape look ? shapeNames.message(look) : message);
    }

    @Override
    public void send(ControlMessage.ScreenMonitors monitors) throws IOException {
        target.send(monitors);
    }
}
