package vn.ngoaivu.registry.dossier;

import org.hibernate.Session;

import java.time.Instant;

/** The records' dossiers on the online public-service portal, as last seen there ({@code dossier_link}). */
public final class DossierLinks {

    private DossierLinks() {
    }

    /** Makes sure the dossier is known, in the caller's transaction; a new one waits for the link job. */
    public static void ensure(Session session, String code, Instant now) {
        session.createNativeMutationQuery("INSERT INTO dossier_link (code, next_attempt_at) VALUES (:code, :now)"
                        + " ON CONFLICT (code) DO NOTHING")
                .setParameter("code", code).setParameter("now", now).executeUpdate();
    }
}
