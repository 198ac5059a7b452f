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
}
