package vn.ngoaivu.gateway;

import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.registry.demo.SyntheticExperts;
import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.expert.ConsentPurpose;
import vn.ngoaivu.registry.expert.Expert;
import vn.ngoaivu.registry.expert.ExpertQuery;
import vn.ngoaivu.registry.expert.ExpertService;
import vn.ngoaivu.registry.expert.Visibility;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode ({@code platform.demo.experts > 0}, never in production): fills an empty registry with
 * clearly fictional experts in the background, so that a new installation has something to show.
 * Experts whose generated profile opens fields get the matching (fictional) consents.
 */
final class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String UNIT = "HTQT";

    private DemoData() {
    }

    static void loadInBackground(ExpertService experts, Ontology ontology, int count) {
        Thread.ofVirtual().name("demo-data").start(() -> {
            try {
                load(experts, ontology, count);
            } catch (RuntimeException e) {
                LOG.warning("demo data stopped: " + e.getMessage());
            }
        });
    }

    private static void load(ExpertService experts, Ontology ontology, int count) {
        boolean empty = experts.list(new ExpertQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true, Optional.empty(), Optional.empty(), 1)).items().isEmpty();
        if (!empty) {
            LOG.info("demo data: the registry has experts already, none added");
            return;
        }
        Actor loader = new Actor("demo-data", "admin", Optional.empty(), true, Optional.empty());
        long started = System.nanoTime();
        SyntheticExperts.thanhHoa(ontology, 2026).stream(count).forEach(profile -> {
            Expert expert = experts.create(profile, UNIT, loader);
            if (profile.visibility().containsValue(Visibility.PUBLIC)) {
                experts.recordConsent(expert.id(), ConsentPurpose.PUBLIC_DIRECTORY, true, "online-form", "demo", loader);
            }
            if (!profile.visibility().isEmpty()) {
                experts.recordConsent(expert.id(), ConsentPurpose.PARTNER_SHARING, true, "online-form", "demo", loader);
            }
        });
        LOG.info(() -> "demo data: " + count + " fictional experts added in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
