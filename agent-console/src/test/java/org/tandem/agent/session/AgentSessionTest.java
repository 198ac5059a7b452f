package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.testing.PatternFrameSource;
import org.tandem.shared.testing.SocketLinks;
import org.tandem.shared.wire.UnprotectedRecordCipher;

class AgentSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<SessionMessage> atCustomer = new LinkedBlockingQueue<>();
    private final BlockingQueue<AgentState> states = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> details = new LinkedBlockingQueue<>();
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> code = new CompletableFuture<>();
    private final CompletableFuture<SessionEndReason> customerEnded = new CompletableFuture<>();
    private SessionChannel customer;
    private AgentSession session;

    @AfterEach
    void closeEverything() {
        if (customer != null) {
            customer.close();
        }
    }

    private void startPaired(boolean drawAtOnce) throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        customer = new SessionChannel(links.second().input(), links.second().output(), links.second()::close,
                new UnprotectedRecordCipher(), new UnprotectedRecordCipher());
        customer.start(new SessionListener() {
            @Override
            public void received(SessionMessage message) {
                atCustomer.add(message);
            }

            @Override
            public void ended(SessionEndReason reason) {
                customerEnded.complete(reason);
            }
        }, "test-customer");
        SessionRendezvous rendezvous = new SessionRendezvous() {
            @Override
            public String nameplate() {
                return "482";
            }

            @Override
            public RelayLink awaitCustomer(Duration timeout) {
                return links.first();
            }

            @Override
            public void cancel() {
                links.first().close();
            }
        };
        session = new AgentSession(() -> rendezvous, "Dana", new AgentSessionListener() {
            @Override
            public void stateChanged(AgentState state, String detail) {
                states.add(state);
                details.add(detail);
            }

            @Override
            public void codeReady(String value) {
                code.complete(value);
            }

            @Override
            public void frameReady(Frame frame) {
                frames.add(new Frame(frame.width(), frame.height(), frame.argb().clone()));
                if (drawAtOnce) {
                    session.frameDrawn();
                }
            }
        }, Executors.newSingleThreadExecutor(), WAIT);
        session.start();
        assertEquals("482", code.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        awaitState(AgentState.CONNECTED);
        Hello hello = assertInstanceOf(Hello.class, next());
        assertEquals(Role.TECHNICIAN, hello.role());
        assertEquals("Dana", hello.displayName());
        customer.send(new Hello(Protocol.VERSION, Role.CUSTOMER, ""));
    }

    @Test
    void viewerAsksForEachFrameOnlyAfterDrawingThePreviousOne() throws Exception {
        startPaired(false);
        PatternFrameSource screen = new PatternFrameSource(300, 170);
        TileScreenEncoder encoder = new TileScreenEncoder();
        customer.send(new ControlMessage.ScreenShareStarted(300, 170));
        awaitState(AgentState.VIEWING);
        assertInstanceOf(ControlMessage.FrameRequest.class, next());
        sendAll(encoder.encode(screen.capture()));

        Frame first = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertArrayEquals(screen.frame(0).argb(), first.argb(), "first frame arrives pixel for pixel");
        assertEquals(null, atCustomer.poll(200, TimeUnit.MILLISECONDS), "no new request before the frame is drawn");

        session.frameDrawn();
        assertInstanceOf(ControlMessage.FrameRequest.class, next());
        sendAll(encoder.encode(screen.capture()));
        Frame second = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertArrayEquals(screen.frame(1).argb(), second.argb(), "a changed frame updates only what changed, exactly");
    }

    @Test
    void unrequestedFrameEndsTheSession() throws Exception {
        startPaired(false);
        TileScreenEncoder encoder = new TileScreenEncoder();
        PatternFrameSource screen = new PatternFrameSource(64, 64);
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        assertInstanceOf(ControlMessage.FrameRequest.class, next());
        sendAll(encoder.encode(screen.capture()));
        frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        sendAll(encoder.encode(screen.capture())); // nobody asked for this one
        awaitState(AgentState.ENDED);
        assertTrue(details.stream().anyMatch(d -> d.contains("nobody asked for")), details.toString());
    }

    @Test
    void customerStoppingSharingIsShownWithTheReason() throws Exception {
        startPaired(true);
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        awaitState(AgentState.VIEWING);
        customer.send(new ControlMessage.ScreenShareStopped("The customer stopped sharing the screen."));
        awaitState(AgentState.CONNECTED);
        assertTrue(details.contains("The customer stopped sharing the screen."));
    }

    @Test
    void endingTellsTheCustomerAndClosesThePipe() throws Exception {
        startPaired(true);
        session.end();
        awaitState(AgentState.ENDED);
        ControlMessage.SessionEnd end = assertInstanceOf(ControlMessage.SessionEnd.class, next());
        assertEquals("The technician ended the session.", end.reason());
        customerEnded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void customerOfAnotherVersionIsRefusedWithPleaseUpdate() throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        customer = new SessionChannel(links.second().input(), links.second().output(), links.second()::close,
                new UnprotectedRecordCipher(), new UnprotectedRecordCipher());
        customer.start(new SessionListener() {
            @Override
            public void received(SessionMessage message) {
                atCustomer.add(message);
            }

            @Override
            public void ended(SessionEndReason reason) {
                customerEnded.complete(reason);
            }
        }, "test-customer");
        session = new AgentSession(() -> new SessionRendezvous() {
            @Override
            public String nameplate() {
                return "7";
            }

            @Override
            public RelayLink awaitCustomer(Duration timeout) {
                return links.first();
            }

            @Override
            public void cancel() {
            }
        }, "Dana", new AgentSessionListener() {
            @Override
            public void stateChanged(AgentState state, String detail) {
                states.add(state);
                details.add(detail);
            }

            @Override
            public void codeReady(String value) {
            }

            @Override
            public void frameReady(Frame frame) {
            }
        }, Executors.newSingleThreadExecutor(), WAIT);
        session.start();
        awaitState(AgentState.CONNECTED);
        customer.send(new Hello(Protocol.VERSION + 1, Role.CUSTOMER, ""));
        awaitState(AgentState.ENDED);
        assertTrue(details.stream().anyMatch(d -> d.contains("please update")), details.toString());
    }

    private void sendAll(List<ScreenUpdate> updates) throws Exception {
        for (ScreenUpdate update : updates) {
            customer.send(update);
        }
    }

    private SessionMessage next() throws InterruptedException {
        SessionMessage message = atCustomer.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("Nothing arrived at the customer");
        }
        return message;
    }

    private void awaitState(AgentState wanted) throws InterruptedException {
        while (true) {
            AgentState state = states.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (state == null) {
                throw new AssertionError("State " + wanted + " never came");
            }
            if (state == wanted) {
                return;
            }
        }
    }
}
