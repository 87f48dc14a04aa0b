package vn.ngoaivu.simulator.portal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The simulated portal's dossiers, in memory; their status can change while the simulator runs. */
public final class DossierStore {

    /** The contract's cap on one {@code updatedSince} answer. */
    public static final int MAX_LISTED = 500;

    private final Map<String, Dossier> byCode = new ConcurrentHashMap<>();

    public DossierStore(List<Dossier> dossiers) {
        dossiers.forEach(d -> {
            if (byCode.putIfAbsent(d.code(), d) != null) {
                throw new IllegalArgumentException("two dossiers are " + d.code());
            }
        });
    }

    public Optional<Dossier> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The dossiers changed at or after {@code since}, oldest change first, at most {@link #MAX_LISTED}. Inclusive, so
     * that a poller asking again from the last time it saw loses nothing (it sees that dossier once more).
     */
    public List<Dossier> updatedSince(Instant since) {
        return byCode.values().stream().filter(d -> !d.updatedAt().isBefore(since))
                .sorted(Comparator.comparing(Dossier::updatedAt).thenComparing(Dossier::code))
                .limit(MAX_LISTED).toList();
    }

    /** Moves a dossier to {@code status} at {@code at}; empty when there is no such dossier. */
    public Optional<Dossier> changeStatus(String code, DossierStatus status, Instant at) {
        return Optional.ofNullable(byCode.computeIfPresent(code, (c, dossier) -> dossier.withStatus(status, at)));
    }
}
