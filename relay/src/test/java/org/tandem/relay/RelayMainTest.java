package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RelayMainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = RelayMain.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void anUnknownOptionPrintsTheUsageOnStderrAndExitsWith2() {
        int exit = run("--bogus");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("Unknown option: '--bogus'"), err.toString());
        assertTrue(err.toString().contains("Usage: tandem-relay"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aListenAddressThatIsNoAddressExitsWith2AndSaysWhy() {
        int exit = run("--listen", "localhost");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("Use HOST:PORT"), err.toString());
    }

    @Test
    void helpDescribesTheOptionsAndExitsWith0() {
        int exit = run("--help");

        assertEquals(0, exit);
        assertTrue(out.toString().contains("--listen=HOST:PORT"), out.toString());
        assertTrue(out.toString().contains("--data=DIR"), out.toString());
        assertTrue(out.toString().contains("127.0.0.1:4022"), "the default is shown: " + out);
    }

    @Test
    void checkConfigPrintsTheSettingsAndExitsWith0(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("relay.conf"), "nameplate-lifetime = 5m\n");

        int exit = run("--data", dir.toString(), "--check-config", "--metrics", "127.0.0.1:9464");

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("nameplate-lifetime = 5m"), out.toString());
        assertTrue(out.toString().contains("metrics = 127.0.0.1:9464"), "flags override the file: " + out);
        assertTrue(out.toString().contains("heap limit"), out.toString());
    }

    @Test
    void checkConfigNamesABadLineAndExitsWith2(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("relay.conf"), "listen = 0.0.0.0:4022\ncolour = blue\n");

        int exit = run("--data", dir.toString(), "--check-config");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("relay.conf:2: unknown setting 'colour'"), err.toString());
    }

    @Test
    void addTechnicianAppendsTheKeyLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String line = org.tandem.shared.ssh.Ed25519Keys.authorizedKeysLine(
                org.tandem.shared.ssh.Ed25519Keys.generate().getPublic(), "alice@contoso");

        int exit = run(("add-technician --data " + dir + " " + line).split(" "));

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().startsWith("Added alice@contoso (SHA256:"), out.toString());
        assertTrue(java.nio.file.Files.readString(dir.resolve("technicians")).contains(line));
        assertEquals(2, run(("add-technician --data " + dir + " " + line).split(" ")), "not twice");
        assertTrue(err.toString().contains("listed already"), err.toString());
    }
}
