package org.tandem.e2e;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** One app connection through the {@link FaultProxy}: the app's socket, the relay's, and a pump each way. */
final class ProxiedConnection {
    private final Socket app;
    private final Socket relay;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<ProxyPump> pumps = new CopyOnWriteArrayList<>();

    ProxiedConnection(Socket app, Socket relay) {
        this.app = app;
        this.relay = relay;
    }

    void start(String name, FaultPlan toRelay, FaultPlan toApp, FlowGate flow) throws IOException {
        ProxyPump up = new ProxyPump(app.getInputStream(), relay.getOutputStream(), toRelay, flow, this::close);
        ProxyPump down = new ProxyPump(relay.getInputStream(), app.getOutputStream(), toApp, flow, this::close);
        pumps.add(up);
        pumps.add(down);
        up.start(name + "-to-relay");
        down.start(name + "-to-app");
    }

    /** Closes both sockets: each end sees its connection closed, and the pumps stop. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            FaultProxy.closeQuietly(app);
            FaultProxy.closeQuietly(relay);
            pumps.forEach(ProxyPump::stop);
        }
    }
}
