package org.tandem.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.shared.relay.client.RelayAddress;

/**
 * One session through the relay with the real OpenSSH client at both ends ({@code ssh -s ...
 * tandem}, the envelope typed as a person would): the relay's throughput without the Java SSH
 * clients' own cost, comparable hop for hop with the OpenSSH {@code -L} baseline.
 */
final class OpenSshThroughRelay {
    private static final Pattern CREATED = Pattern.compile("\"nameplate\":\"([0-9]+)\"");

    private OpenSshThroughRelay() {}

    /** Bytes per second of {@code total} bytes from the technician's ssh to the customer's. */
    static double throughput(Path ssh, RelayAddress relay, Path technicianKey, long total) throws Exception {
        Process technician = start(ssh, relay, "bench", technicianKey);
        Process customer = start(ssh, relay, "customer", null);
        try {
            OutputStream toRelay = technician.getOutputStream();
            toRelay.write("{\"type\":\"create\"}\n".getBytes(StandardCharsets.US_ASCII));
            toRelay.flush();
            Matcher created = CREATED.matcher(readLine(technician.getInputStream()));
            if (!created.find()) {
                throw new IOException("The relay did not create a nameplate for ssh");
            }
            customer.getOutputStream().write(("{\"type\":\"join\",\"nameplate\":\"" + created.group(1) + "\"}\n")
                    .getBytes(StandardCharsets.US_ASCII));
            customer.getOutputStream().flush();
            requirePaired(readLine(customer.getInputStream()));
            requirePaired(readLine(technician.getInputStream()));

            CompletableFuture<Long> counted = CompletableFuture.supplyAsync(() -> drain(customer.getInputStream(), total));
            return Throughput.measure(toRelay, counted, total, 64 * 1024, "ssh through the relay");
        } finally {
            technician.destroy();
            customer.destroy();
        }
    }

    private static Process start(Path ssh, RelayAddress relay, String user, Path key) throws IOException {
        List<String> command = new ArrayList<>(List.of(ssh.toString(), "-F", "/dev/null",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
                "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-p", Integer.toString(relay.port())));
        if (key != null) {
            command.addAll(List.of("-i", key.toString()));
        }
        command.addAll(List.of("-s", user + "@" + relay.host(), "tandem"));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void requirePaired(String line) throws IOException {
        if (!line.contains("\"paired\"")) {
            throw new IOException("Expected paired, got: " + line);
        }
    }

    /** One line, byte by byte, so nothing after it is taken from the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("ssh ended after '" + line.toString(StandardCharsets.UTF_8) + "'");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static long drain(InputStream in, long total) {
        try {
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
}
