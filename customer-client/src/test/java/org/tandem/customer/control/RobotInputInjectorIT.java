package org.tandem.customer.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.input.Key;
import org.tandem.shared.input.MouseButton;
import org.tandem.shared.input.UsKeyboardLayout;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.InputEvent.KeyStroke;
import org.tandem.shared.message.InputEvent.PointerButton;
import org.tandem.shared.message.InputEvent.PointerMove;
import org.tandem.shared.message.InputEvent.TypedText;

/**
 * Types into a real terminal on a real X display through the injector, and checks what the shell
 * wrote. Needs DISPLAY, xterm and xdotool: each test is skipped, saying what is missing, without
 * them, except on CI ({@code CI=true}), where missing them fails the class.
 */
class RobotInputInjectorIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** A point inside the terminal, which sits at the top left corner of the screen. */
    private static final int INSIDE_X = 120;
    private static final int INSIDE_Y = 90;

    @TempDir
    static Path dir;

    private static Process xterm;
    private static RobotInputInjector injector;
    private static final List<String> problems = new CopyOnWriteArrayList<>();

    /** Why these tests cannot run here, or null when they can. */
    private static String missing;

    @BeforeAll
    static void startTerminal() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            missing = "No X display: set DISPLAY (for example to an Xvfb server) to run the real-input tests";
        } else if (!onPath("xterm")) {
            missing = "xterm is not installed (apt-get install xterm)";
        } else if (!onPath("xdotool")) {
            missing = "xdotool is not installed (apt-get install xdotool)";
        }
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + " (required when CI=true)");
            }
            return;
        }

        ProcessBuilder builder = new ProcessBuilder("xterm", "-geometry", "80x24+0+0", "-u8", "-e", "/bin/sh")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("LC_ALL", "C.UTF-8");
        env.put("PS1", "$ ");
        env.remove("ENV");
        xterm = builder.start();
        awaitWindowOf(xterm);

        injector = RobotInputInjector.forPrimaryScreen((event, reason) -> problems.add(event + ": " + reason));
    }

    @AfterAll
    static void stopTerminal() throws InterruptedException {
        if (injector != null) {
            injector.releaseAll();
        }
        if (xterm != null) {
            xterm.destroy();
            xterm.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @BeforeEach
    void pointAtTheTerminal() {
        assumeTrue(missing == null, missing);
        problems.clear();
        // Without a window manager the keyboard follows the pointer.
        injector.inject(new PointerMove(INSIDE_X, INSIDE_Y));
    }

    @Test
    void keyStrokesTypeACommandIntoTheTerminal() throws Exception {
        typeWithKeys("echo tandem > out1");
        pressEnter();

        assertEquals("tandem\n", awaitFile("out1"));
        assertEquals(List.of(), problems);
    }

    @Test
    void aClickLandsWhereItWasSent() throws Exception {
        injector.inject(new PointerButton(200, 150, MouseButton.PRIMARY, true));
        injector.inject(new PointerButton(200, 150, MouseButton.PRIMARY, false));

        assertEquals(Map.of("X", "200", "Y", "150"), pointerLocation());
        assertTrue(injector.injectedRecently(200, 150));
        assertTrue(injector.injectedRecently(201, 149), "a pixel either way still counts as injected");
        assertFalse(injector.injectedRecently(260, 150));
    }

    @Test
    void nonAsciiTextIsTypedThroughXdotool() throws Exception {
        typeWithKeys("echo ");
        injector.inject(new TypedText("é"));
        typeWithKeys(" > out2");
        pressEnter();

        assertEquals("é\n", awaitFile("out2"));
        assertEquals(List.of(), problems);
    }

    /**
     * A busy computer: the terminal reads its keys only after the whole text was typed. A character
     * the layout lacks is typed on a spare key mapped for it; that mapping must still be there when
     * the terminal looks the key up, or the character is lost.
     */
    @Test
    void aCharacterTheLayoutLacksReachesAnApplicationThatReadsItsKeysLate() throws Exception {
        run("kill", "-STOP", String.valueOf(xterm.pid()));
        try {
            typeWithKeys("echo ");
            injector.inject(new TypedText("ñé"));
            typeWithKeys(" > out7");
            pressEnter();
        } finally {
            run("kill", "-CONT", String.valueOf(xterm.pid()));
        }

        assertEquals("ñé\n", awaitFile("out7"));
        assertEquals(List.of(), problems);
    }

    @Test
    void theSpareKeysTypedOnAreGivenBackWhenControlEnds() throws Exception {
        typeWithKeys("echo ");
        injector.inject(new TypedText("ß"));
        typeWithKeys(" > out8");
        pressEnter();
        assertEquals("ß\n", awaitFile("out8"));
        assertTrue(run("xmodmap", "-pke").contains("ssharp"), "ß was typed on no spare key");

        injector.releaseAll();

        assertFalse(run("xmodmap", "-pke").contains("ssharp"), "a spare key still types ß after control ended");
    }

    @Test
    void aKeyTheLayoutLacksIsPressedOnASpareKey() throws Exception {
        assertFalse(run("xmodmap", "-pke").contains("F20"), "this layout has an F20 key: the test needs one without");
        typeWithKeys("cat -v > out9");
        pressEnter();
        injector.inject(new KeyStroke(Key.F20, true));
        injector.inject(new KeyStroke(Key.F20, false));
        pressEnter();
        injector.inject(new KeyStroke(Key.CONTROL, true));
        typeWithKeys("d");
        injector.inject(new KeyStroke(Key.CONTROL, false));

        assertEquals("^[[34~\n", awaitFile("out9"), "the terminal's sequence for F20");
        assertEquals(List.of(), problems);
    }

    @Test
    void asciiTextIsTypedWithKeysEvenWhileTheTechnicianHoldsShift() throws Exception {
        injector.inject(new KeyStroke(Key.SHIFT, true));
        injector.inject(new TypedText("echo 'Typed: ~/a_b' > out3"));
        injector.inject(new KeyStroke(Key.SHIFT, false));
        pressEnter();

        assertEquals("Typed: ~/a_b\n", awaitFile("out3"));
    }

    @Test
    void releaseAllLetsGoOfAHeldShift() throws Exception {
        injector.inject(new KeyStroke(Key.SHIFT, true));
        injector.releaseAll();
        typeWithKeys("echo lower > out4");
        pressEnter();

        assertEquals("lower\n", awaitFile("out4"));
    }

    @Test
    void aReleaseOfAKeyThatIsNotHeldIsNotSent() throws Exception {
        injector.inject(new KeyStroke(Key.CONTROL, false));
        typeWithKeys("echo fine > out5");
        pressEnter();

        assertEquals("fine\n", awaitFile("out5"));
    }

    @Test
    void theCustomersOwnMoveIsToldApartFromAnInjectedOne() throws Exception {
        InputGate gate = new InputGate(injector, Clock.systemUTC(), Duration.ofSeconds(30), new GateListener() {});
        LocalActivityMonitor monitor = LocalActivityMonitor.ofRealPointer(gate, injector);
        gate.grant();
        monitor.poll();

        assertTrue(gate.offer(new PointerMove(300, 200)));
        monitor.poll();
        assertFalse(gate.isPaused(), "the technician's move was taken for the customer's");

        run("xdotool", "mousemove", "350", "220");
        monitor.poll();
        assertTrue(gate.isPaused(), "the customer's move did not pause remote input");
        assertFalse(gate.offer(new PointerMove(10, 10)));
        gate.revoke("done");
    }

    // ---- helpers ----

    private static void typeWithKeys(String text) {
        for (char c : text.toCharArray()) {
            UsKeyboardLayout.Stroke stroke = UsKeyboardLayout.strokeFor(c).orElseThrow();
            if (stroke.shift()) {
                injector.inject(new KeyStroke(Key.SHIFT, true));
            }
            injector.inject(new KeyStroke(stroke.key(), true));
            injector.inject(new KeyStroke(stroke.key(), false));
            if (stroke.shift()) {
                injector.inject(new KeyStroke(Key.SHIFT, false));
            }
        }
    }

    private static void pressEnter() {
        injector.inject(new KeyStroke(Key.ENTER, true));
        injector.inject(new KeyStroke(Key.ENTER, false));
    }

    private static String awaitFile(String name) throws Exception {
        Path file = dir.resolve(name);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                String content = Files.readString(file, UTF_8);
                if (content.endsWith("\n")) {
                    return content;
                }
            }
            TimeUnit.MILLISECONDS.sleep(50); // polled with a deadline: the shell in xterm writes the file, unseen
        }
        return fail(name + " did not appear within " + WAIT.toSeconds() + " s; problems: " + problems);
    }

    private static Map<String, String> pointerLocation() throws Exception {
        String output = run("xdotool", "getmouselocation", "--shell");
        return output.lines().map(line -> line.split("=", 2)).filter(kv -> kv.length == 2)
                .filter(kv -> kv[0].equals("X") || kv[0].equals("Y"))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1].trim()));
    }

    private static void awaitWindowOf(Process process) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("xterm exited at once with code " + process.exitValue());
            }
            Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--pid", String.valueOf(process.pid()))
                    .redirectErrorStream(true).start();
            search.getInputStream().readAllBytes();
            if (search.waitFor(5, TimeUnit.SECONDS) && search.exitValue() == 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100); // polled with a deadline: X tells no one when a window shows
        }
        fail("xterm's window did not show within " + WAIT.toSeconds() + " s");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, program))) {
                return true;
            }
        }
        return false;
    }
}
