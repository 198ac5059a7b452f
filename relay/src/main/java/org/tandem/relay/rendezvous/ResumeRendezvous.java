package org.tandem.relay.rendezvous;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.auth.Role;
import org.tandem.relay.connection.ConnectionState;
import org.tandem.relay.limit.BackoffLimiter;
import org.tandem.relay.pipe.AsyncPipe;
import org.tandem.shared.relay.RelayMessage;

import static org.tandem.relay.rendezvous.RendezvousLabels.shortToken;

/**
 * The resume rendezvous of one channel: either side of a session that lost its connection
 * presents the session's resume token, and pairs with the other side's connection presenting the
 * same token, or waits for it. Counted by the same limits as creating (a technician) and joining
 * (a customer). Every try is written to the audit as {@code resume} with its result.
 */
final class ResumeRendezvous {
    /** The channel's own logger, so that the relay's log reads as before. */
    private static final Logger LOG = LoggerFactory.getLogger(RendezvousSubsystem.class);

    private final RendezvousService service;
    private final RendezvousSubsystem end;

    ResumeRendezvous(RendezvousService service, RendezvousSubsystem end) {
        this.service = service;
        this.end = end;
    }

    void resume(String token) {
        Role role = end.role();
        ConnectionState connection = end.connection();
        boolean technician = role == Role.TECHNICIAN;
        BackoffLimiter.Verdict verdict = technician
                ? service.admission().create(end.technicianId(), connection.source())
                : service.admission().join(connection.source());
        if (!verdict.allowed()) {
            end.refuse(new RelayMessage.Error(RelayMessage.Error.RATE_LIMITED, "Too many tries to reconnect lately."
                    + " Try again in " + verdict.retryAfterSeconds() + " s.", verdict.retryAfterSeconds()));
            return;
        }
        ResumeRegistry.Offer<RendezvousSubsystem> offer;
        RendezvousSubsystem peer = null;
        synchronized (service.lock()) {
            if (!end.isNew()) {
                return;
            }
            offer = service.resumes().offer(token, technician, end);
            if (offer instanceof ResumeRegistry.Offer.Matched<RendezvousSubsystem> matched) {
                RendezvousSubsystem other = matched.peer();
                if (other.waitsToResume()) {
                    peer = other;
                    end.resumesUnder(token);
                    AsyncPipe paired = technician ? new AsyncPipe(end, other) : new AsyncPipe(other, end);
                    end.link(paired, other);
                } else {
                    offer = service.resumes().offer(token, technician, end);
                }
            }
            if (offer instanceof ResumeRegistry.Offer.Waits<RendezvousSubsystem>) {
                end.waitsUnder(token);
            }
        }
        audit(token, offer, peer);
    }

    /** Outside the service lock: settles the connections and says how the try went. */
    private void audit(String token, ResumeRegistry.Offer<RendezvousSubsystem> offer, RendezvousSubsystem peer) {
        Role role = end.role();
        ConnectionState connection = end.connection();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", connection.source());
        fields.put("role", role.name().toLowerCase());
        fields.put("token", shortToken(token));
        if (peer != null) {
            connection.settle();
            peer.connection().settle();
            Instant pairedAt = service.clock().instant();
            end.pairedAt(pairedAt);
            peer.pairedAt(pairedAt);
            service.pairedCountChanged(1);
            fields.put("result", "paired");
            service.audit().write("resume", fields);
            LOG.info("Resumed session {}: {} with {}", shortToken(token), end.who(), peer.who());
        } else if (offer instanceof ResumeRegistry.Offer.Waits<RendezvousSubsystem>) {
            fields.put("result", "waits");
            service.audit().write("resume", fields);
        } else if (offer instanceof ResumeRegistry.Offer.Taken<RendezvousSubsystem>) {
            fields.put("result", "taken");
            service.audit().write("resume", fields);
            if (role == Role.CUSTOMER) {
                end.missed();
            }
            end.refuse(new RelayMessage.Error(RelayMessage.Error.RESUME_TAKEN,
                    "Another connection is reconnecting this session already."));
        } else {
            fields.put("result", "full");
            service.audit().write("resume", fields);
            end.refuse(new RelayMessage.Error(RelayMessage.Error.RATE_LIMITED, "The relay holds as many reconnecting"
                    + " sessions as it can. Try again in a minute.", 60L));
        }
    }
}
