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

    /**
     * Starts Xvfb on {@code :number} and returns once it accepts clients: Xvfb writes its number to
     * standard output when it is ready to connect ({@code -displayfd}). Its socket appears earlier than
     * that, and a client that connects in between is refused ("Can't open display").
     */
    static VirtualDisplay start(int number, int width, int height, Path logs) throws IOException, InterruptedException {
        String name = ":" + number;
        ChildProcess server = ChildProcess.start("xvfb-" + number, null, logs, List.of("Xvfb", name, "-screen", "0",
                width + "x" + height + "x24", "-nolisten", "tcp", "-displayfd", "1"), 5);
        for (int i = 0; i < 100 && !ready(server, number); i++) {
            if (!server.alive()) {
                throw new IOException("Xvfb " + name + " stopped at once: " + Files.readString(server.err()).strip());
            }
            Thread.sleep(100); // Xvfb says nothing else on its own: its output file is all there is to watch
        }
        if (!ready(server, number)) {
            server.close();
            throw new IOException("Xvfb " + name + " was not ready for clients within 10 s");
        }
        return new VirtualDisplay(name, server);
    }

    /** Whether Xvfb has written its display number, the sign that it accepts clients. */
    private static boolean ready(ChildProcess server, int number) throws IOException {
        return Files.readString(server.out()).lines().anyMatch(line -> line.strip().equals(Integer.toString(number)));
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
