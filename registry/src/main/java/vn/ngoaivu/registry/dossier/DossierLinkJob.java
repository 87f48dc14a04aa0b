package vn.ngoaivu.registry.dossier;

import org.hibernate.SessionFactory;
import vn.ngoaivu.registry.link.LinkQueue;
import vn.ngoaivu.registry.national.Dossier;
import vn.ngoaivu.registry.national.NationalSystemException;
import vn.ngoaivu.registry.national.PublicServicePortalConnector;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the records' dossiers in step with the public-service portal: looks up new (pending) dossiers one by one,
 * and follows status changes by polling the portal's changes since the last poll. (The portal may also call back:
 * see {@link DossierLinks#apply}.) A portal that cannot answer only delays the work.
 */
public final class DossierLinkJob {

    private static final System.Logger LOG = System.getLogger(DossierLinkJob.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(1);
    /** The portal's clock and ours differ a little; polls overlap by this much (re-applying a change is harmless). */
    private static final Duration POLL_OVERLAP = Duration.ofMinutes(1);
    /** The portal answers at most this many changes a call. */
    private static final int POLL_PAGE = 500;

    private final SessionFactory sessions;
    private final PublicServicePortalConnector portal;
    private final LinkQueue queue;
    private final Clock clock;

    public DossierLinkJob(SessionFactory sessions, PublicServicePortalConnector portal, LinkQueue queue, Clock clock) {
        this.sessions = sessions;
        this.portal = portal;
        this.queue = queue;
        this.clock = clock;
    }

    /** Looks up to {@code batch} due dossiers up; returns how many it took. */
    public int runOnce(int batch) {
        List<String> due = queue.claim(batch, clock.instant(), LEASE);
        for (String code : due) {
            try {
                Optional<Dossier> dossier = portal.dossier(code);
                if (dossier.isPresent()) {
                    sessions.inTransaction(session -> session.doWork(c -> DossierLinks.apply(c, dossier.get(), clock.instant())));
                } else {
                    queue.notFound(code, "Cổng dịch vụ công không có hồ sơ này. / The portal does not know this dossier.",
                            clock.instant());
                }
            } catch (NationalSystemException e) {
                queue.retryLater(code, e.vietnamese() + " / " + e.getMessage(), clock.instant());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "linking dossier " + code + " failed", e);
                queue.retryLater(code, "Lỗi nội bộ / internal error: " + e.getClass().getSimpleName(), clock.instant());
            }
        }
        return due.size();
    }

    /**
     * Applies the portal's changes since the last poll to the dossiers records name, page by page, and moves the
     * watermark. Returns how many changes concerned known dossiers. A failure leaves the watermark where it was.
     */
    public int poll() {
        Instant since = watermark().orElse(clock.instant().minus(Duration.ofDays(1))).minus(POLL_OVERLAP);
        int applied = 0;
        while (true) {
            List<Dossier> changes = portal.changedSince(since);
            Instant latest = since;
            for (Dossier d : changes) {
                if (DossierLinks.apply(sessions, d, clock.instant())) {
                    applied++;
                }
                latest = d.updatedAt().isAfter(latest) ? d.updatedAt() : latest;
            }
            moveWatermark(latest);
            if (changes.size() < POLL_PAGE || !latest.isAfter(since)) {
                return applied;
            }
            since = latest;
        }
    }

    private Optional<Instant> watermark() {
        return sessions.fromSession(session -> session.doReturningWork(c -> {
            try (PreparedStatement read = c.prepareStatement("SELECT watermark FROM portal_poll WHERE id = 1");
                 ResultSet rs = read.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.<Instant>empty();
            }
        }));
    }

    private void moveWatermark(Instant to) {
        sessions.inTransaction(session -> session.doWork(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO portal_poll (id, watermark) VALUES (1, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET watermark = GREATEST(portal_poll.watermark, EXCLUDED.watermark)")) {
                upsert.setTimestamp(1, Timestamp.from(to));
                upsert.execute();
            }
        }));
    }
}
