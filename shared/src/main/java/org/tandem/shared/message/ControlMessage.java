package org.tandem.shared.message;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.tandem.shared.message.ControlText.boundedText;

/**
 * Control messages of the session envelope, carried as JSON with a {@code type} property. Every
 * permitted record is registered in {@link JsonSubTypes}; a test fails when one is forgotten.
 *
 * <p>The session's own messages (hello, screen sharing, numbering, heartbeats, the end) are declared
 * here; remote control, actions and the conversation in {@link RemoteControlMessages},
 * {@link ActionMessages} and {@link ConversationMessages}, whose records are members of this
 * interface by inheritance, so that every side names them {@code ControlMessage.ChatSent} and so on.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(ControlMessage.Hello.class),
    @JsonSubTypes.Type(ControlMessage.ScreenShareStarted.class),
    @JsonSubTypes.Type(ControlMessage.ScreenShareStopped.class),
    @JsonSubTypes.Type(ControlMessage.ScreenRefresh.class),
    @JsonSubTypes.Type(ControlMessage.ScreenMonitors.class),
    @JsonSubTypes.Type(ControlMessage.ScreenSwitch.class),
    @JsonSubTypes.Type(ControlMessage.ScreenQualityRequest.class),
    @JsonSubTypes.Type(ControlMessage.SessionEnd.class),
    @JsonSubTypes.Type(ControlMessage.LogCheckpoint.class),
    @JsonSubTypes.Type(ControlMessage.ControlRequest.class),
    @JsonSubTypes.Type(ControlMessage.ControlRequestWithdrawn.class),
    @JsonSubTypes.Type(ControlMessage.ControlGranted.class),
    @JsonSubTypes.Type(ControlMessage.ControlDenied.class),
    @JsonSubTypes.Type(ControlMessage.ControlRevoked.class),
    @JsonSubTypes.Type(ControlMessage.ControlReleased.class),
    @JsonSubTypes.Type(ControlMessage.ControlPaused.class),
    @JsonSubTypes.Type(ControlMessage.ControlResumed.class),
    @JsonSubTypes.Type(ControlMessage.ActionCatalog.class),
    @JsonSubTypes.Type(ControlMessage.ActionRequested.class),
    @JsonSubTypes.Type(ControlMessage.ActionConsentAsked.class),
    @JsonSubTypes.Type(ControlMessage.ActionStarted.class),
    @JsonSubTypes.Type(ControlMessage.ActionProgressed.class),
    @JsonSubTypes.Type(ControlMessage.ActionFinished.class),
    @JsonSubTypes.Type(ControlMessage.ActionCancel.class),
    @JsonSubTypes.Type(ControlMessage.PlanUpdated.class),
    @JsonSubTypes.Type(ControlMessage.PlanStepAnswered.class),
    @JsonSubTypes.Type(ControlMessage.ChatSent.class),
    @JsonSubTypes.Type(ControlMessage.ChatReceipt.class),
    @JsonSubTypes.Type(ControlMessage.ChatTyping.class),
    @JsonSubTypes.Type(ControlMessage.WorkingCheck.class),
    @JsonSubTypes.Type(ControlMessage.WorkingAnswer.class),
    @JsonSubTypes.Type(ControlMessage.RatingGiven.class),
    @JsonSubTypes.Type(ControlMessage.FollowUpRequested.class),
    @JsonSubTypes.Type(ControlMessage.Heartbeat.class),
    @JsonSubTypes.Type(ControlMessage.Numbered.class),
    @JsonSubTypes.Type(ControlMessage.Acknowledged.class)
})
public sealed interface ControlMessage extends SessionMessage, RemoteControlMessages, ActionMessages,
        ConversationMessages permits
        ControlMessage.Hello,
        ControlMessage.ScreenShareStarted,
        ControlMessage.ScreenShareStopped,
        ControlMessage.ScreenRefresh,
        ControlMessage.ScreenMonitors,
        ControlMessage.ScreenSwitch,
        ControlMessage.ScreenQualityRequest,
        ControlMessage.SessionEnd,
        ControlMessage.LogCheckpoint,
        RemoteControlMessages.ControlRequest,
        RemoteControlMessages.ControlRequestWithdrawn,
        RemoteControlMessages.ControlGranted,
        RemoteControlMessages.ControlDenied,
        RemoteControlMessages.ControlRevoked,
        RemoteControlMessages.ControlReleased,
        RemoteControlMessages.ControlPaused,
        RemoteControlMessages.ControlResumed,
        ActionMessages.ActionCatalog,
        ActionMessages.ActionRequested,
        ActionMessages.ActionConsentAsked,
        ActionMessages.ActionStarted,
        ActionMessages.ActionProgressed,
        ActionMessages.ActionFinished,
        ActionMessages.ActionCancel,
        ConversationMessages.PlanUpdated,
        ConversationMessages.PlanStepAnswered,
        ConversationMessages.ChatSent,
        ConversationMessages.ChatReceipt,
        ConversationMessages.ChatTyping,
        ConversationMessages.WorkingCheck,
        ConversationMessages.WorkingAnswer,
        ConversationMessages.RatingGiven,
        ConversationMessages.FollowUpRequested,
        ControlMessage.Heartbeat,
        ControlMessage.Numbered,
        ControlMessage.Acknowledged {

    /** Which end of a session speaks. */
    enum Role { CUSTOMER, TECHNICIAN }

    /**
     * First message from each side inside the encrypted channel: who is speaking, which protocol and
     * capabilities it has, and (technician only) the identity proof over the pairing transcript,
     * base64, empty when the technician has no certificate.
     */
    @JsonTypeName("hello")
    record Hello(int protocolVersion, Role role, String displayName, List<String> capabilities, String identityProof)
            implements ControlMessage {
        /** Largest identity proof accepted, base64: four 8 KiB certificates and a signature. */
        public static final int MAX_PROOF_CHARS = 48 * 1024;

        public Hello {
            if (protocolVersion < 1) {
                throw new IllegalArgumentException("protocolVersion must be positive");
            }
            Objects.requireNonNull(role, "role");
            displayName = boundedText(displayName, 200);
            Objects.requireNonNull(capabilities, "capabilities");
            if (capabilities.size() > 64) {
                throw new IllegalArgumentException("Too many capabilities");
            }
            capabilities = List.copyOf(capabilities);
            capabilities.forEach(c -> boundedText(c, 64));
            identityProof = boundedText(identityProof, MAX_PROOF_CHARS);
        }

        /** A hello with no capabilities beyond the protocol's and no identity proof. */
        public Hello(int protocolVersion, Role role, String displayName) {
            this(protocolVersion, role, displayName, List.of(), "");
        }
    }

    /** The customer allowed screen sharing; frames follow on request. */
    @JsonTypeName("screen-share-started")
    record ScreenShareStarted(int width, int height) implements ControlMessage {
        public ScreenShareStarted {
            ScreenUpdate.requireScreenSize(width, height);
        }
    }

    /**
     * Sharing stopped, and who stopped it: {@link #CUSTOMER} when the customer paused it (Pause sharing;
     * they may share again), {@link #SYSTEM} when their side could not capture the screen. {@code reason}
     * is shown to the technician. Any other {@code by} ends the session (protocol 14, decision 0042).
     */
    @JsonTypeName("screen-share-stopped")
    record ScreenShareStopped(String reason, String by) implements ControlMessage {
        /** The customer paused sharing. */
        public static final String CUSTOMER = "customer";
        /** The customer's side could not capture the screen. */
        public static final String SYSTEM = "system";

        public ScreenShareStopped {
            reason = boundedText(reason, 500);
            if (!CUSTOMER.equals(by) && !SYSTEM.equals(by)) {
                throw new IllegalArgumentException("Sharing is stopped by the customer or the system, not " + by);
            }
        }

        /** The customer pressed Pause sharing. */
        public static ScreenShareStopped byCustomer(String reason) {
            return new ScreenShareStopped(reason, CUSTOMER);
        }

        /** The customer's side could not capture the screen, so it is not shared. */
        public static ScreenShareStopped byTandem(String reason) {
            return new ScreenShareStopped(reason, SYSTEM);
        }
    }

    /**
     * The viewer could not decode an update and dropped the screen stream: the customer starts a new
     * stream with the whole screen. The viewer ignores updates until then.
     */
    @JsonTypeName("screen-refresh")
    record ScreenRefresh() implements ControlMessage {}

    /**
     * One of the customer's monitors: where it lies on the customer's desktop and its size, in pixels.
     * The desktop's origin is the primary monitor's top left corner, so others may lie left of or
     * above it.
     */
    record Monitor(int x, int y, int width, int height) {
        public Monitor {
            if (Math.abs(x) > ScreenUpdate.MAX_SCREEN_SIDE || Math.abs(y) > ScreenUpdate.MAX_SCREEN_SIDE) {
                throw new IllegalArgumentException("A monitor at " + x + "," + y + " lies off any desktop");
            }
            ScreenUpdate.requireScreenSize(width, height);
        }
    }

    /**
     * The customer's monitors and which of them is shared. Sent when sharing starts, before
     * {@link ScreenShareStarted}, and whenever the shared monitor changes, before the first update
     * of the new stream; the viewer then makes its picture {@code width × height} and takes the
     * stream from its start. {@code shared} is {@link #ALL} for all monitors (the smallest
     * rectangle that holds them all), or 1..n for the nth monitor of the list.
     */
    @JsonTypeName("screen-monitors")
    record ScreenMonitors(List<Monitor> monitors, int shared, int width, int height) implements ControlMessage {
        /** The choice of all monitors at once. */
        public static final int ALL = 0;
        /** Most monitors a customer's list may hold. */
        public static final int MAX_MONITORS = 16;

        public ScreenMonitors {
            Objects.requireNonNull(monitors, "monitors");
            if (monitors.isEmpty() || monitors.size() > MAX_MONITORS) {
                throw new IllegalArgumentException("A screen has 1.." + MAX_MONITORS + " monitors, not "
                        + monitors.size());
            }
            monitors = List.copyOf(monitors);
            if (shared < ALL || shared > monitors.size()) {
                throw new IllegalArgumentException("Monitor " + shared + " is not one of " + monitors.size());
            }
            ScreenUpdate.requireScreenSize(width, height);
        }
    }

    /**
     * The technician asks to see another of the customer's monitors ({@code monitor} 1..n of the
     * last {@link ScreenMonitors}), or all of them ({@link ScreenMonitors#ALL}). Sharing stays on: the
     * customer's side switches and answers with {@link ScreenMonitors} and a new stream.
     */
    @JsonTypeName("screen-switch")
    record ScreenSwitch(int monitor) implements ControlMessage {
        public ScreenSwitch {
            if (monitor < ScreenMonitors.ALL || monitor > ScreenMonitors.MAX_MONITORS) {
                throw new IllegalArgumentException("Monitor " + monitor + " is not 0.." + ScreenMonitors.MAX_MONITORS);
            }
        }
    }

    /**
     * The viewer asks for screen updates at another quality (decision 0021): {@code "low"} lets the
     * customer send large photographic regions lossy, because the connection is too slow for them;
     * {@code "lossless"} asks for every pixel exact again (regions sent lossy are then sent again).
     */
    @JsonTypeName("screen-quality")
    record ScreenQualityRequest(String quality) implements ControlMessage {
        /** The qualities a viewer may ask for. */
        public static final List<String> QUALITIES = List.of("lossless", "low");

        public ScreenQualityRequest {
            if (!QUALITIES.contains(quality)) {
                throw new IllegalArgumentException("Screen quality " + quality + " is not one of " + QUALITIES);
            }
        }
    }

    /**
     * A side's final signed log checkpoint, sent as the session closes; the other side stores it as a
     * receipt, so neither can later alter its log unnoticed.
     */
    @JsonTypeName("log-checkpoint")
    record LogCheckpoint(Map<String, Object> checkpoint) implements ControlMessage {
        public LogCheckpoint {
            Objects.requireNonNull(checkpoint, "checkpoint");
            if (checkpoint.size() > 16) {
                throw new IllegalArgumentException("Too many checkpoint fields");
            }
            checkpoint.forEach((key, value) -> boundedText(key + "=" + value, 1024));
            checkpoint = Map.copyOf(checkpoint);
        }
    }

    /**
     * One side ends the session and says how. {@code how} is a {@code SessionEnding} code: the
     * receiver shows its own words for it and never {@code reason}, which only older versions of
     * Tandem read (they send no {@code how}, which reads as "").
     */
    @JsonTypeName("session-end")
    record SessionEnd(String reason, @JsonSetter(nulls = Nulls.AS_EMPTY) String how) implements ControlMessage {
        public SessionEnd {
            reason = boundedText(reason, 500);
            how = boundedText(how, 64);
        }

        /** An end that does not say how, as older versions of Tandem send it. */
        public SessionEnd(String reason) {
            this(reason, "");
        }
    }

    /**
     * Sent by each side's channel about every second; a side that hears nothing for a few seconds
     * ends the session. Inside the encrypted channel, so the relay can neither fake nor hide it.
     */
    @JsonTypeName("heartbeat")
    record Heartbeat(long id, boolean reply) implements ControlMessage {
    }

    /**
     * A control message with its number: each direction numbers its control messages 1, 2, 3…, so
     * that after a resumed connection nothing is lost and nothing is applied twice (decision 0013).
     * Only heartbeats, acknowledgements and the end message travel without a number.
     */
    @JsonTypeName("numbered")
    record Numbered(long seq, ControlMessage message) implements ControlMessage {
        public Numbered {
            if (seq < 1) {
                throw new IllegalArgumentException("seq starts at 1, got " + seq);
            }
            Objects.requireNonNull(message, "message");
            if (!carriesNumber(message)) {
                throw new IllegalArgumentException(message.getClass().getSimpleName() + " travels without a number");
            }
        }

        /** Whether {@code message} is numbered when sent: all but heartbeats, acknowledgements and the end. */
        public static boolean carriesNumber(ControlMessage message) {
            return !(message instanceof Heartbeat || message instanceof Acknowledged || message instanceof Numbered
                    || message instanceof SessionEnd);
        }
    }

    /** The sender has received every numbered control message up to and including {@code upTo}. */
    @JsonTypeName("ack")
    record Acknowledged(long upTo) implements ControlMessage {
        public Acknowledged {
            if (upTo < 0) {
                throw new IllegalArgumentException("upTo must not be negative, got " + upTo);
            }
        }
    }
}
