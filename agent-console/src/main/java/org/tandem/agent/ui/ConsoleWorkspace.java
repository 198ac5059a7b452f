package org.tandem.agent.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import org.tandem.agent.history.EarlierSessions;
import org.tandem.agent.history.OwnSessions;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.session.AgentLogs;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.ui.activity.ActivityViewModel;
import org.tandem.agent.ui.chat.CannedReplies;
import org.tandem.agent.ui.chat.ChatViewModel;
import org.tandem.agent.ui.customer.CustomerNamingViewModel;
import org.tandem.agent.ui.customer.CustomerViewModel;
import org.tandem.agent.ui.customer.EarlierSessionsViewModel;
import org.tandem.agent.ui.customer.NotesViewModel;
import org.tandem.agent.ui.plan.PlanViewModel;
import org.tandem.agent.ui.wrapup.WrapUpViewModel;
import org.tandem.shared.log.SessionLogWriter;

/**
 * The view models of one console window, and how a session's reports reach all of them: each "New
 * session" opens a session that reports to a {@link WorkspaceListener}, and the side tabs talk to the
 * session's conversation through {@link ConversationAccess}. Nothing here touches a control.
 */
public final class ConsoleWorkspace {

    /** Opens a session reporting to {@code listener}; {@code logOpened} hears where its log is once open. */
    @FunctionalInterface
    public interface Sessions {
        AgentSession open(AgentSessionListener listener, Consumer<Path> logOpened);
    }

    private final AtomicReference<AgentSession> current = new AtomicReference<>();
    private final Executor fx;
    private final Executor io;
    private final ConsoleViewModel console;
    private final PlanViewModel plan;
    private final ChatViewModel chat;
    private final WrapUpViewModel wrapUp;
    private final NotesViewModel notes;
    private final CustomerNamingViewModel naming;
    private final CustomerViewModel customer;
    private final EarlierSessionsViewModel earlier;
    private final Path dataDir;
    private final OwnSessions own;
    /** This session's log once open, until the session ends: History reads it as in progress (decision 0050). */
    private final AtomicReference<Path> openLog = new AtomicReference<>();
    private final ActivityViewModel activity;
    private final ReconnectingViewModel reconnecting;
    private final ConnectingViewModel connecting;
    private final EndedViewModel ended;
    private final ScreenViewSettings screen = new ScreenViewSettings();
    private final ConnectionQualityViewModel quality = new ConnectionQualityViewModel(System::nanoTime);

    /**
     * @param fx      the FX thread ({@code Platform::runLater}; {@code Runnable::run} in tests)
     * @param io      for reading and writing files
     * @param send    one thread, in order, for what the conversation records and sends
     * @param dataDir the console's data folder (canned replies live there), read as no console's in particular
     */
    public ConsoleWorkspace(Executor fx, Executor io, Executor send, Sessions sessions, Path dataDir, Clock clock) {
        this(fx, io, send, sessions, OwnSessions.readOnly(dataDir), clock);
    }

    /**
     * @param own the console's sessions: its data folder (canned replies live there), its key, and the
     *            sessions running in its tabs, which this one's joins while it runs (decision 0050)
     */
    public ConsoleWorkspace(Executor fx, Executor io, Executor send, Sessions sessions, OwnSessions own, Clock clock) {
        Objects.requireNonNull(sessions, "sessions");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.io = Objects.requireNonNull(io, "io");
        this.own = Objects.requireNonNull(own, "own");
        this.dataDir = own.dataDir();
        ConversationAccess access = () -> Optional.ofNullable(current.get()).flatMap(AgentSession::conversation);
        PlanViewModel.StepRunner runner = action -> {
            AgentSession session = current.get();
            if (session == null) {
                throw new IOException("No customer is connected");
            }
            return session.requestAction(action, Map.of());
        };
        console = new ConsoleViewModel(fx, listener -> {
            clearSideTabs();
            AgentSession session = sessions.open(new WorkspaceListener(listener, this), this::logOpened);
            current.set(session);
            return session;
        });
        plan = new PlanViewModel(fx, send, access, runner, console.actions().catalog());
        chat = new ChatViewModel(fx, send, access, new CannedReplies(dataDir.resolve(CannedReplies.FILE)));
        wrapUp = new WrapUpViewModel(fx, send, access);
        notes = new NotesViewModel(fx, send, access, clock);
        customer = new CustomerViewModel(fx, send, runner);
        // Who the customer is, as the session learns it: the name or ticket typed or given, their computer's name.
        earlier = new EarlierSessionsViewModel(fx, io, new EarlierSessions(new SessionHistory(own))::find,
                clock.getZone());
        console.sessionCustomerProperty().addListener((obs, was, now) ->
                earlier.customerKnown(now, customer.computerNameProperty().get()));
        customer.computerNameProperty().addListener((obs, was, now) ->
                earlier.customerKnown(console.sessionCustomerProperty().get(), now));
        activity = new ActivityViewModel(fx, io, clock.getZone());
        reconnecting = new ReconnectingViewModel(fx, clock, console.sessionCustomerProperty(),
                () -> Optional.ofNullable(current.get()).ifPresent(AgentSession::cancelReconnecting));
        connecting = new ConnectingViewModel(fx, clock,
                () -> Optional.ofNullable(current.get()).ifPresent(AgentSession::cancelConnecting));
        ended = new EndedViewModel(fx, io, clock.getZone());
        // A name given shows in the tab, and in Activity as the log now reads it.
        naming = new CustomerNamingViewModel(fx, send, access, name -> {
            console.customerNamed(name);
            activity.changed();
        }, console::tell);
        notes.notes().addListener((ListChangeListener<NotesViewModel.Note>) change -> activity.changed());
        chat.loadCanned(io);
    }

    /** The console's log of each session, reporting where it is once opened. */
    public static AgentLogs reporting(AgentLogs logs, Consumer<Path> opened) {
        return sessionId -> {
            SessionLogWriter writer = logs.open(sessionId);
            opened.accept(writer.file());
            return writer;
        };
    }

    private void logOpened(Path file) {
        Path was = openLog.getAndSet(file);
        if (was != null) {
            own.open().closed(was);
        }
        own.open().opened(file);
        activity.logOpened(file);
        fx.execute(() -> {
            earlier.customerKnown(console.sessionCustomerProperty().get(), customer.computerNameProperty().get());
            earlier.logOpened(file);
        });
        fx.execute(() -> ended.logOpened(file)); // the session's thread tells
    }

    /** The session ended: its log is closed, or never will be, and no longer in progress. */
    void sessionEnded() {
        Path log = openLog.getAndSet(null);
        if (log != null) {
            own.open().closed(log);
        }
    }

    private void clearSideTabs() {
        plan.clear();
        chat.clear();
        wrapUp.clear();
        notes.clear();
        customer.clear();
        activity.clear();
        ended.clear();
        quality.reset();
        earlier.clear();
    }

    public ConsoleViewModel console() {
        return console;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public ChatViewModel chat() {
        return chat;
    }

    public WrapUpViewModel wrapUp() {
        return wrapUp;
    }

    public NotesViewModel notes() {
        return notes;
    }

    /** Naming the customer mid-session, from their tab (decision 0046). */
    public CustomerNamingViewModel naming() {
        return naming;
    }

    public CustomerViewModel customer() {
        return customer;
    }

    /** The Customer tab's earlier sessions with this customer (decision 0048). */
    public EarlierSessionsViewModel earlier() {
        return earlier;
    }

    /** The console's data folder: History's sessions live there. */
    public Path dataDir() {
        return dataDir;
    }

    /** The console's sessions, as History reads them (decision 0050). */
    public OwnSessions own() {
        return own;
    }

    public ActivityViewModel activity() {
        return activity;
    }

    /** What this session's pane says while the console asks the relay for a code, with Cancel. */
    public ConnectingViewModel connecting() {
        return connecting;
    }

    /** What the tab offers once the session has ended: its recap. */
    public EndedViewModel ended() {
        return ended;
    }

    /** The "Reconnecting…" banner of this session. */
    public ReconnectingViewModel reconnecting() {
        return reconnecting;
    }

    public ScreenViewSettings screen() {
        return screen;
    }

    public ConnectionQualityViewModel quality() {
        return quality;
    }

    /** For file work the views start (saving canned replies). */
    public Executor io() {
        return io;
    }
}
