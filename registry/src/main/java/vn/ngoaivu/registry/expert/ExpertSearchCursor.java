package vn.ngoaivu.registry.expert;

import vn.ngoaivu.registry.RegistryExceptions;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a walk through search results stopped: the last hit's sort value and id. The next page is the
 * hits strictly after it in the same order (search-after), so walks stay correct however deep they go and
 * need no state on the server: any replica continues any walk.
 *
 * @param nameKey the last hit's name sort key; null when it had none (its name is hidden from the caller)
 */
record ExpertSearchCursor(ExpertSearchRequest.Sort sort, String nameKey, Instant updated, String id) {

    String encode() {
        String value = switch (sort) {
            case NAME -> nameKey == null ? "-" : nameKey;
            case UPDATED -> String.valueOf(updated.getEpochSecond()) + "." + updated.getNano();
            case RELEVANCE -> throw new IllegalStateException("relevance has no stable cursor");
        };
        String plain = sort.code() + "~" + value + "~" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static ExpertSearchCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("~", -1);
            if (parts.length != 3) {
                throw new RegistryExceptions.InvalidCursor();
            }
            String id = UUID.fromString(parts[2]).toString();
            return switch (parts[0]) {
                case "name" -> {
                    if (!parts[1].equals("-") && !parts[1].matches("[0-9a-f.]{2,2000}")) {
                        throw new RegistryExceptions.InvalidCursor();
                    }
                    yield new ExpertSearchCursor(ExpertSearchRequest.Sort.NAME, parts[1].equals("-") ? null : parts[1], null, id);
                }
                case "updated" -> {
                    String[] at = parts[1].split("\\.");
                    yield new ExpertSearchCursor(ExpertSearchRequest.Sort.UPDATED, null,
                            Instant.ofEpochSecond(Long.parseLong(at[0]), Integer.parseInt(at[1])), id);
                }
                default -> throw new RegistryExceptions.InvalidCursor();
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            throw new RegistryExceptions.InvalidCursor();
        }
    }

    /** The hits after this position, in the order of {@link #sort}. */
    SearchPredicate after(SearchPredicateFactory f, SearchAudience audience) {
        String idField = ExpertIndexBinder.ID;
        if (sort == ExpertSearchRequest.Sort.UPDATED) {
            return f.or(f.range().field(ExpertIndexBinder.UPDATED).lessThan(updated),
                    f.and(f.match().field(ExpertIndexBinder.UPDATED).matching(updated), f.range().field(idField).lessThan(id)))
                    .toPredicate();
        }
        String nameField = audience.field(ExpertIndexBinder.NAME_SORT);
        var missingAfterId = f.and(f.not(f.exists().field(nameField)), f.range().field(idField).greaterThan(id));
        if (nameKey == null) {
            return missingAfterId.toPredicate();
        }
        return f.or(f.range().field(nameField).greaterThan(nameKey),
                f.and(f.match().field(nameField).matching(nameKey), f.range().field(idField).greaterThan(id)),
                f.not(f.exists().field(nameField))).toPredicate();
    }
}
