package org.tandem.relay.metrics;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.tandem.relay.ListenAddress;
import org.tandem.relay.RelayServer;

/**
 * The relay's optional Prometheus endpoint, {@code http://HOST:PORT/metrics}. Every value is read
 * from the relay when scraped: connections, channels, paired sessions, waiting nameplates, bytes
 * piped, refusals by reason (rate limits and failed logins among them), heap and threads. Never
 * anything about what a session carries. Served by one thread.
 */
public final class RelayMetrics implements AutoCloseable {
    private final HTTPServer server;
    private final ListenAddress address;

    private RelayMetrics(HTTPServer server, ListenAddress address) {
        this.server = server;
        this.address = address;
    }

    /** The registry with the relay's metrics; what the endpoint serves. */
    public static PrometheusRegistry registry(RelayServer relay) {
        PrometheusRegistry registry = new PrometheusRegistry();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        gauge(registry, "tandem_relay_connections", "SSH connections open, logged in or not", () -> relay.openConnections());
        gauge(registry, "tandem_relay_channels", "tandem channels open", () -> relay.rendezvous().openChannels());
        gauge(registry, "tandem_relay_paired_sessions", "Sessions paired now", () -> relay.rendezvous().pairedSessions());
        gauge(registry, "tandem_relay_waiting_nameplates", "Nameplates waiting for a customer",
                () -> relay.rendezvous().waitingNameplates());
        gauge(registry, "tandem_relay_heap_used_bytes", "Heap in use", () -> memory.getHeapMemoryUsage().getUsed());
        gauge(registry, "tandem_relay_heap_max_bytes", "Heap limit", () -> memory.getHeapMemoryUsage().getMax());
        gauge(registry, "tandem_relay_threads", "Live threads", RelayServer::liveThreads);
        CounterWithCallback.builder().name("tandem_relay_piped_bytes").help("Bytes piped between paired endpoints")
                .callback(cb -> cb.call(relay.rendezvous().bytesPiped())).register(registry);
        CounterWithCallback.builder().name("tandem_relay_refusals").help("Requests refused, by reason")
                .labelNames("reason")
                .callback(cb -> relay.admission().refusals().counts().forEach((reason, n) -> cb.call(n, reason)))
                .register(registry);
        CounterWithCallback.builder().name("tandem_relay_login_failures").help("Failed logins")
                .callback(cb -> cb.call(relay.admission().refusals().counts().getOrDefault("login-failed", 0L)))
                .register(registry);
        CounterWithCallback.builder().name("tandem_relay_rate_limited").help("Requests refused by a rate limit")
                .callback(cb -> cb.call(rateLimited(relay.admission().refusals().counts()))).register(registry);
        return registry;
    }

    /** Serves the relay's metrics on {@code address}. */
    public static RelayMetrics start(ListenAddress address, RelayServer relay) throws IOException {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "tandem-relay-metrics");
            t.setDaemon(true);
            return t;
        });
        HTTPServer server = HTTPServer.builder()
                .hostname(address.host())
                .port(address.port())
                .registry(registry(relay))
                .executorService(thread)
                .buildAndStart();
        return new RelayMetrics(server, new ListenAddress(address.host(), server.getPort()));
    }

    /** Where it listens, with the real port when port 0 was asked for. */
    public ListenAddress address() {
        return address;
    }

    @Override
    public void close() {
        server.close();
    }

    private static long rateLimited(Map<String, Long> counts) {
        long sum = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getKey().startsWith("rate-limited") || e.getKey().equals("too-many-unauthenticated")) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    private interface Reading {
        double read();
    }

    private static void gauge(PrometheusRegistry registry, String name, String help, Reading reading) {
        GaugeWithCallback.builder().name(name).help(help).callback(cb -> cb.call(reading.read())).register(registry);
    }
}
