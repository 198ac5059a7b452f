package org.tandem.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * The baseline for the relay's throughput: the same bytes through one SSH port forward on
 * loopback, the real OpenSSH client's {@code -L} into an SSH server (Apache MINA SSHD, the relay's
 * own library, with forwarding allowed and the library's default algorithms) and on to a sink.
 */
final class ForwardBaseline implements AutoCloseable {
    private final SshServer server;
    private final Process ssh;
    private final int localPort;
    private final ServerSocket sink;

    private ForwardBaseline(SshServer server, Process ssh, int localPort, ServerSocket sink) {
        this.server = server;
        this.ssh = ssh;
        this.localPort = localPort;
        this.sink = sink;
    }

    /** Where the {@code ssh} binary is, if it is on the PATH. */
    static Optional<Path> findSsh() {
        for (String dir : String.valueOf(System.getenv("PATH")).split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "ssh");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static ForwardBaseline start(Path ssh, Path dir) throws Exception {
        Path keyFile = dir.resolve("baseline_ed25519");
        KeyPair key = Ed25519Keys.loadOrCreate(keyFile);
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(Ed25519Keys.generate()));
        server.setPublickeyAuthenticator((user, offered, session) -> KeyUtils.compareKeys(offered, key.getPublic()));
        server.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        server.start();
        ServerSocket sink = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        int localPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            localPort = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(ssh.toString(), "-F", "/dev/null",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
                "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "ExitOnForwardFailure=yes",
                "-i", keyFile.toString(), "-p", Integer.toString(server.getPort()), "-N",
                "-L", "127.0.0.1:" + localPort + ":127.0.0.1:" + sink.getLocalPort(), "bench@127.0.0.1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new ForwardBaseline(server, process, localPort, sink);
    }

    /** Bytes per second of {@code total} bytes written into the forward and counted out of it. */
    double throughput(long total) throws Exception {
        Socket source = connect();
        try (source; Socket target = sink.accept()) {
            CompletableFuture<Long> counted = CompletableFuture.supplyAsync(() -> drain(target, total));
            return Throughput.measure(source.getOutputStream(), counted, total, 64 * 1024, "The forward");
        }
    }

    private Socket connect() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return new Socket(InetAddress.getLoopbackAddress(), localPort);
            } catch (java.net.ConnectException notYet) {
                if (System.nanoTime() > deadline || !ssh.isAlive()) {
                    throw new IOException("ssh -L never listened on port " + localPort, notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    private static long drain(Socket socket, long total) {
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long got = 0;
            int n;
            while (got < total && (n = in.read(buffer)) >= 0) {
                got += n;
            }
            return got;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        ssh.destroy();
        sink.close();
        server.stop(true);
    }
}
