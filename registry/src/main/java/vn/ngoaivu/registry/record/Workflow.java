package vn.ngoaivu.registry.record;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statuses a record moves through and the moves allowed (codes of def/scheme/record-status). Two shapes cover
 * the kinds: a {@link #PROCEDURE} (an application that is examined, decided and carried out: permits, delegations,
 * projects, consular cases) and a {@link #STANDING} relation (an NGO's registration, an agreement, a sister-province
 * relation: negotiated, in force, ended).
 */
public enum Workflow {
    PROCEDURE(Map.of(
            "draft", List.of("submitted", "cancelled"),
            "submitted", List.of("under-review", "cancelled"),
            "under-review", List.of("supplement-requested", "approved", "rejected"),
            "supplement-requested", List.of("submitted", "cancelled"),
            "approved", List.of("in-progress", "cancelled"),
            "in-progress", List.of("completed", "cancelled"),
            "completed", List.of("archived"),
            "rejected", List.of("archived"),
            "cancelled", List.of("archived"),
            "archived", List.of())),
    STANDING(Map.of(
            "draft", List.of("under-review", "cancelled"),
            "under-review", List.of("approved", "rejected", "draft"),
            "approved", List.of("in-progress", "cancelled"),
            "in-progress", List.of("completed"),
            "completed", List.of("archived"),
            "rejected", List.of("archived"),
            "cancelled", List.of("archived"),
            "archived", List.of()));

    public static final String INITIAL = "draft";

    private final Map<String, List<String>> next;

    Workflow(Map<String, List<String>> next) {
        this.next = next;
    }

    public Set<String> statuses() {
        return next.keySet();
    }

    /** The statuses {@code from} may move to, in the order offered to officers. */
    public List<String> next(String from) {
        return next.getOrDefault(from, List.of());
    }

    public boolean allows(String from, String to) {
        return next(from).contains(to);
    }
}
