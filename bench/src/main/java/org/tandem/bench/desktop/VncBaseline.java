package org.tandem.bench.desktop;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The baseline: x11vnc on the customer's display, TigerVNC's viewer on the technician's asking for
 * ZRLE at full colour, a counting proxy between them. Both as their packages install them
 * ({@code apt-get install x11vnc tigervnc-viewer}), with the options a person would give to share
 * one display on loopback.
 */
final class VncBaseline implements ViewingSession {
    static final List<String> SERVER_OPTIONS = List.of("-localhost", "-nopw", "-forever", "-shared", "-norc");
    static final List<String> VIEWER_OPTIONS = List.of("-PreferredEncoding=ZRLE", "-AutoSelect=0", "-FullColor=1",
            "-RemoteResize=0", "-Shared=1");

    private final ChildProcess server;
    private final CountingProxy proxy;
    private final ChildProcess viewer;
    private final long firstFrame;

    private VncBaseline(ChildProcess server, CountingProxy proxy, ChildProcess viewer, long firstFrame) {
        this.server = server;
        this.proxy = proxy;
        this.viewer = viewer;
        this.firstFrame = firstFrame;
    }

    /** @param link the connection between viewer and server, a home connection (null: loopback as it is) */
    static VncBaseline start(String customerDisplay, String technicianDisplay, Path logs, LinkShape link)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ChildProcess server = ChildProcess.start("x11vnc", null, logs, concat(List.of("x11vnc", "-display",
                customerDisplay, "-rfbport", Integer.toString(port)), SERVER_OPTIONS), 5);
        CountingProxy proxy = null;
        ChildProcess viewer = null;
        try {
            awaitLine(server, "PORT=" + port, 30);
            proxy = CountingProxy.start("vnc", new InetSocketAddress("127.0.0.1", port), link);
            viewer = ChildProcess.start("vncviewer", technicianDisplay, logs, concat(List.of("vncviewer"),
                    VIEWER_OPTIONS, List.of("127.0.0.1::" + proxy.port())), 5);
            CountingProxy counted = proxy;
            long firstFrame = WireWatch.awaitSettled(() -> counted.bytes().fromTarget(), 0, 10_000, 2_048, 1_000, 60_000);
            return new VncBaseline(server, proxy, viewer, firstFrame);
        } catch (IOException | RuntimeException e) {
            if (viewer != null) {
                viewer.close();
            }
            if (proxy != null) {
                proxy.close();
            }
            server.close();
            throw e;
        }
    }

    @Override
    public String viewer() {
        return "x11vnc";
    }

    @Override
    public long sharingPid() {
        return server.pid();
    }

    @Override
    public long viewerPid() {
        return viewer.pid();
    }

    @Override
    public CountingProxy.Bytes wire() {
        return proxy.bytes();
    }

    @Override
    public long sent() {
        return proxy.bytes().fromTarget();
    }

    @Override
    public long firstFrameBytes() {
        return firstFrame;
    }

    @Override
    public void close() throws Exception {
        viewer.close();
        proxy.close();
        server.close();
    }

    static void awaitLine(ChildProcess process, String text, int seconds) throws IOException, InterruptedException {
        for (int i = 0; i < seconds * 10; i++) {
            if (Files.exists(process.out()) && Files.readString(process.out()).contains(text)
                    || Files.exists(process.err()) && Files.readString(process.err()).contains(text)) {
                return;
            }
            if (!process.alive()) {
                throw new IOException(process.name() + " stopped before saying '" + text + "' (see " + process.err() + ")");
            }
            Thread.sleep(100);
        }
        throw new IOException(process.name() + " did not say '" + text + "' within " + seconds + " s");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
