package org.tandem.bench.desktop;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tandem as its users start it: a relay, the console on the technician's display and the customer
 * client on the customer's, each through the {@code tandem} launcher, with a counting proxy between
 * each app and the relay. The session code goes from the console to the client as a technician
 * reads it out (on the command line, as {@code --code}); Connect, Allow and the control prompt are
 * answered with keys on the customer's display, in the real windows, as the customer would.
 */
final class TandemSession implements ViewingSession {
    static final String TECHNICIAN = "Bench Technician";
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+),");
    private static final Pattern CODE = Pattern.compile("(?m)^Session code: (.+)$");
    /** Allow stays disabled for a second after a prompt appears; a person reads it first. */
    private static final long READ_PROMPT_MILLIS = 1_500;

    private final ChildProcess relay;
    private final CountingProxy consoleProxy;
    private final CountingProxy customerProxy;
    private final ChildProcess console;
    private final ChildProcess customer;
    private long firstFrame;

    private TandemSession(ChildProcess relay, CountingProxy consoleProxy, CountingProxy customerProxy,
            ChildProcess console, ChildProcess customer) {
        this.relay = relay;
        this.consoleProxy = consoleProxy;
        this.customerProxy = customerProxy;
        this.console = console;
        this.customer = customer;
    }

    /** @param link the customer's connection to the relay, a home connection (null: loopback as it is) */
    static TandemSession start(Path tandem, XdoTool customerDisplay, XdoTool technicianDisplay, Path dir, LinkShape link)
            throws Exception {
        Path relayData = Files.createDirectories(dir.resolve("relay"));
        Path agentData = dir.resolve("agent");
        Path customerData = dir.resolve("customer");
        Path org = dir.resolve("org");
        String tool = tandem.toString();
        ChildProcess key = ChildProcess.start("print-key", null, dir, List.of(tool, "agent", "--data", agentData.toString(),
                "--name", TECHNICIAN, "--print-key"), 5);
        check(key, key.await(120));
        Files.copy(key.out(), relayData.resolve("technicians"));
        ChildProcess orgInit = ChildProcess.start("org-init", null, dir, List.of(tool, "org", "init", "--name",
                "Bench Support", "--data", org.toString()), 5);
        check(orgInit, orgInit.await(60));
        ChildProcess certify = ChildProcess.start("org-add-technician", null, dir, List.of(tool, "org", "add-technician",
                "--name", TECHNICIAN, "--data", org.toString(), "--key", agentData.resolve("technician_ed25519").toString(),
                "--out", agentData.toString()), 5);
        check(certify, certify.await(60));
        ChildProcess trust = ChildProcess.start("customer-trust", null, dir, List.of(tool, "customer", "--data",
                customerData.toString(), "--trust", org.resolve("ca.pem").toString(), "--yes"), 5);
        check(trust, trust.await(60));

        List<AutoCloseable> started = new ArrayList<>();
        try {
            ChildProcess relay = ChildProcess.start("relay", null, dir, List.of(tool, "relay", "--listen", "127.0.0.1:0",
                    "--data", relayData.toString()), 10);
            started.add(relay);
            Matcher listening = awaitMatch(relay, LISTENING, 60);
            InetSocketAddress relayAddress = new InetSocketAddress("127.0.0.1", Integer.parseInt(listening.group(1)));
            CountingProxy consoleProxy = CountingProxy.start("console", relayAddress);
            started.add(consoleProxy);
            CountingProxy customerProxy = CountingProxy.start("customer", relayAddress, link);
            started.add(customerProxy);

            ChildProcess console = ChildProcess.start("console", technicianDisplay.display(), dir, List.of(tool, "agent",
                    "--relay", "127.0.0.1:" + consoleProxy.port(), "--data", agentData.toString(), "--name", TECHNICIAN,
                    "--new-session"), 20);
            started.add(0, console);
            String code = awaitMatch(console, CODE, 90).group(1).strip();
            String consoleWindow = technicianDisplay.awaitWindow("^Tandem console — ", 30);
            technicianDisplay.run("windowmove", "--sync", consoleWindow, "0", "0");
            technicianDisplay.run("windowsize", "--sync", consoleWindow, "100%", "100%");

            ChildProcess customer = ChildProcess.start("customer", customerDisplay.display(), dir, List.of(tool, "customer",
                    "--relay", "127.0.0.1:" + customerProxy.port(), "--data", customerData.toString(), "--code", code), 20);
            started.add(0, customer);
            TandemSession session = new TandemSession(relay, consoleProxy, customerProxy, console, customer);
            session.share(customerDisplay, technicianDisplay, consoleWindow);
            return session;
        } catch (Exception e) {
            for (AutoCloseable c : started) {
                c.close();
            }
            throw e;
        }
    }

    /** Connect, accept the session, wait for the first picture, then ask for control and allow it. */
    private void share(XdoTool customerDisplay, XdoTool technicianDisplay, String consoleWindow) throws Exception {
        String main = customerDisplay.awaitWindow("^Tandem — remote help$", 90);
        customerDisplay.activate(main);
        customerDisplay.key("Return");
        String accept = customerDisplay.awaitWindow("^Tandem — Start the session", 60);
        customerDisplay.activate(accept);
        Thread.sleep(READ_PROMPT_MILLIS);
        long before = customerProxy.bytes().toTarget();
        customerDisplay.key("alt+a");
        WireWatch.awaitSettled(() -> customerProxy.bytes().toTarget(), before, 10_000, 2_048, 1_000, 60_000);
        firstFrame = bareDesktopFrame(customerDisplay, main);

        technicianDisplay.activate(consoleWindow);
        technicianDisplay.key("ctrl+shift+0"); // 1:1, as the x11vnc viewer shows it
        technicianDisplay.key("alt+r");        // Request control
        String control = customerDisplay.awaitWindow("^Tandem — Allow control\\?$", 60);
        customerDisplay.activate(control);
        Thread.sleep(READ_PROMPT_MILLIS);
        customerDisplay.key("alt+a");
        Thread.sleep(1_000);
        // The customer's window is away to let the technician work; the session bar stays. (Tandem puts it
        // away itself once control is allowed, decision 0041; this keeps the run the same where it does not.)
        customerDisplay.run("windowminimize", "--sync", main);
        // And moves the session bar off the top of the screen, where it would lie over the title of the
        // window they drag (its width, and so where it lies, depends on its texts).
        String bar = customerDisplay.awaitWindow("^Tandem session$", 30);
        customerDisplay.run("windowmove", "--sync", bar, "x", String.valueOf(SESSION_BAR_Y));
        Thread.sleep(1_000);
    }

    /** Where the customer puts the session bar: below the workload's windows (the reading terminal ends near 860). */
    private static final int SESSION_BAR_Y = 960;

    /**
     * The first full frame of the same desktop x11vnc's viewer first sees. The frame sent at Allow
     * also holds the client's own window (and the prompt), which x11vnc's does not; so the customer
     * puts the window away, pauses sharing and shares again from the session bar (Ctrl+P twice), and
     * the whole frame sent then is measured: the bare desktop and the session bar, which is on the
     * customer's screen for as long as Tandem shares it.
     */
    private long bareDesktopFrame(XdoTool customerDisplay, String main) throws Exception {
        customerDisplay.run("windowminimize", "--sync", main);
        String bar = customerDisplay.awaitWindow("^Tandem session$", 30);
        customerDisplay.activate(bar);
        customerDisplay.key("ctrl+p"); // Pause sharing
        Thread.sleep(READ_PROMPT_MILLIS);
        long before = customerProxy.bytes().toTarget();
        customerDisplay.key("ctrl+p"); // Share screen
        return WireWatch.awaitSettled(() -> customerProxy.bytes().toTarget(), before, 4_000, 2_048, 1_000, 60_000);
    }

    @Override
    public String viewer() {
        return "tandem";
    }

    @Override
    public long sharingPid() {
        return customer.pid();
    }

    @Override
    public long viewerPid() {
        return console.pid();
    }

    @Override
    public CountingProxy.Bytes wire() {
        return customerProxy.bytes();
    }

    @Override
    public long sent() {
        return customerProxy.bytes().toTarget();
    }

    /** Bytes between the console and the relay so far (the other hop of the same session). */
    CountingProxy.Bytes consoleWire() {
        return consoleProxy.bytes();
    }

    @Override
    public long firstFrameBytes() {
        return firstFrame;
    }

    @Override
    public void close() throws Exception {
        // The apps first: each ends its session and closes its log, through the relay.
        ChildProcess.stopAll(console, customer);
        relay.close();
        consoleProxy.close();
        customerProxy.close();
    }

    private static void check(ChildProcess step, int exit) throws IOException {
        if (exit != 0) {
            throw new IOException("tandem " + step.name() + " failed (exit " + exit + "): "
                    + Files.readString(step.err()).strip());
        }
    }

    private static Matcher awaitMatch(ChildProcess process, Pattern pattern, int seconds)
            throws IOException, InterruptedException {
        for (int i = 0; i < seconds * 10; i++) {
            Matcher m = pattern.matcher(Files.readString(process.out()));
            if (m.find()) {
                return m;
            }
            if (!process.alive()) {
                throw new IOException("tandem " + process.name() + " stopped (see " + process.err() + ")");
            }
            Thread.sleep(100);
        }
        throw new IOException("tandem " + process.name() + " said nothing like '" + pattern + "' within " + seconds + " s");
    }
}
