package org.tandem.bench.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An Xvfb screen of its own, on a display number nobody uses. */
final class VirtualDisplay implements AutoCloseable {
    private final String name;
    private final ChildProcess server;

    private VirtualDisplay(String name, ChildProcess server) {
        this.name = name;
        this.server = server;
    }

    /** The first display from {@code from} on that has neither a socket nor a lock file. */
    static int freeNumber(int from) throws IOException {
        for (int n = from; n < from + 200; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return n;
            }
        }
        throw new IOException("No free X display number from :" + from);
    }

    static VirtualDisplay start(int number, int width, int height, Path logs) throws IOException, InterruptedException {
        String name = ":" + number;
        ChildProcess server = ChildProcess.start("xvfb-" + number, null, logs, List.of("Xvfb", name, "-screen", "0",
                width + "x" + height + "x24", "-nolisten", "tcp"), 5);
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            if (!server.alive()) {
                throw new IOException("Xvfb " + name + " stopped at once: " + Files.readString(server.err()).strip());
            }
            Thread.sleep(100);
        }
        if (!Files.exists(socket)) {
            server.close();
            throw new IOException("Xvfb " + name + " did not open its socket within 10 s");
        }
        return new VirtualDisplay(name, server);
    }

    String name() {
        return name;
    }

    long serverPid() {
        return server.pid();
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
