package vn.ngoaivu.gateway;

import io.helidon.metrics.api.MeterRegistry;
import org.hibernate.SessionFactory;
import vn.ngoaivu.gateway.config.NationalSettings;
import vn.ngoaivu.gateway.observe.SearchObservers;
import vn.ngoaivu.registry.document.DocumentLinkJob;
import vn.ngoaivu.registry.document.signature.PdfSignatureVerifier;
import vn.ngoaivu.registry.document.signature.TrustedCertificates;
import vn.ngoaivu.registry.dossier.DossierLinkJob;
import vn.ngoaivu.registry.dossier.DossierLinks;
import vn.ngoaivu.registry.link.Backoff;
import vn.ngoaivu.registry.link.LinkQueue;
import vn.ngoaivu.registry.link.NationalLinkJobs;
import vn.ngoaivu.registry.national.DocumentSystemConnector;
import vn.ngoaivu.registry.national.PortalCallbackVerifier;
import vn.ngoaivu.registry.national.PublicServicePortalConnector;
import vn.ngoaivu.registry.national.ResilientHttp;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * The links to the national systems as the settings describe them: the connectors of the configured systems, the
 * background jobs that complete and refresh links, and the verifier of the portal's callbacks.
 */
final class NationalLinks implements AutoCloseable {

    private final DossierLinks dossiers;
    private final Optional<PortalCallbackVerifier> callbacks;
    private final NationalLinkJobs jobs;

    private NationalLinks(DossierLinks dossiers, Optional<PortalCallbackVerifier> callbacks, NationalLinkJobs jobs) {
        this.dossiers = dossiers;
        this.callbacks = callbacks;
        this.jobs = jobs;
    }

    static NationalLinks start(NationalSettings settings, SessionFactory sessions, MeterRegistry meters, Clock clock) {
        LinkQueue documentQueue = new LinkQueue(sessions, "document_reference", "id", Backoff.DEFAULT);
        LinkQueue dossierQueue = new LinkQueue(sessions, "dossier_link", "code", Backoff.DEFAULT);
        Optional<DocumentLinkJob> documents = settings.documentSystem().map(connector -> new DocumentLinkJob(sessions,
                new DocumentSystemConnector(new ResilientHttp(connector)),
                new PdfSignatureVerifier(TrustedCertificates.load(settings.trustedCertificates().orElseThrow()), clock),
                documentQueue, settings.refreshInterval(), clock));
        Optional<DossierLinkJob> dossierJob = settings.portal().map(connector -> new DossierLinkJob(sessions,
                new PublicServicePortalConnector(new ResilientHttp(connector)), dossierQueue, clock));
        SearchObservers.registerLinkGauge(meters, "document-system", documentQueue::pending);
        SearchObservers.registerLinkGauge(meters, "portal", dossierQueue::pending);
        NationalLinkJobs jobs = new NationalLinkJobs(documents, dossierJob, settings.pollInterval(), clock)
                .start(settings.linkInterval());
        Optional<PortalCallbackVerifier> callbacks = settings.portalCallbackSecret()
                .map(secret -> new PortalCallbackVerifier(secret.getBytes(StandardCharsets.UTF_8), clock));
        return new NationalLinks(new DossierLinks(sessions), callbacks, jobs);
    }

    DossierLinks dossiers() {
        return dossiers;
    }

    Optional<PortalCallbackVerifier> callbacks() {
        return callbacks;
    }

    /** Runs one round of the link jobs now (tests). */
    void runRound() {
        jobs.round();
    }

    @Override
    public void close() {
        jobs.close();
    }
}
