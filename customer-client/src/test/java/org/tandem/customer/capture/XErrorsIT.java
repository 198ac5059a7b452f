package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An X error on the capture's own display connection must not end the customer's app: Xlib's
 * default handler would call exit(). Each case runs {@link XErrorsProbe} in a process of its own on
 * an Xvfb server of its own (the screen is resized, which other tests must not see), so an exit()
 * fails the case instead of ending the test run. Needs Xvfb; skipped without it, except on CI.
 */
class XErrorsIT {
    private static final long WAIT_SECONDS = 60;

    private Process server;
    private String display;

    @BeforeEach
    void startOwnServer() throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/Xvfb"))
                || System.getenv("PATH") != null && List.of(System.getenv("PATH").split(File.pathSeparator)).stream()
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "Xvfb")));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI must run the X error tests: Xvfb is not installed");
        }
        assumeTrue(present, "No Xvfb: install it to run the X error tests");
        // -displayfd: the server picks a free display number and writes it once it accepts connections.
        server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "800x600x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            fail("Xvfb did not start: " + number);
        }
        display = ":" + number.strip();
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aScreenMadeSmallerWhileCapturedIsCapturedAtItsNewSizeAndTheAppLivesOn() throws Exception {
        List<String> said = probe("shrink", "800", "600", "640", "480");

        assertTrue(said.contains("before 800x600"), () -> "captured at the first size: " + said);
        assertTrue(said.contains("after 640x480"), () -> "captured at the new size: " + said);
        assertEquals("survived", said.get(said.size() - 1), () -> "the process went on: " + said);
    }

    @Test
    void withoutAwtsHandlerInPlaceXlibsOwnDoesNotEndTheAppEither() throws Exception {
        List<String> said = probe("bare-shrink", "800", "600", "640", "480");

        assertTrue(said.contains("after 640x480"), () -> "captured at the new size: " + said);
        assertEquals("survived", said.get(said.size() - 1), () -> "the process went on: " + said);
    }

    @Test
    void anErrorOnTheCapturesConnectionIsRecordedAndOneOnAnotherGoesToTheHandlerBefore() throws Exception {
        List<String> said = probe("chain");

        assertTrue(said.contains("ours image none recorded 9 earlier handler 0"), () -> "BadDrawable, ours: " + said);
        assertTrue(said.contains("other recorded nothing earlier handler 1"), () -> "passed on: " + said);
        assertEquals("survived", said.get(said.size() - 1), () -> "the process went on: " + said);
    }

    /** What the probe printed, its standard error appended; fails when it did not end by itself in time. */
    private List<String> probe(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("tandem-xerrors", ".txt");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    XErrorsProbe.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("DISPLAY", display);
            Process child = builder.start();
            if (!child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                fail("The probe did not finish in " + WAIT_SECONDS + " s: " + Files.readAllLines(log));
            }
            List<String> said = Files.readAllLines(log);
            assertEquals(0, child.exitValue(), () -> "the probe's process ended with an error: " + said);
            return said.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
