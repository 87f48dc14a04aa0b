package vn.ngoaivu.registry.expert;

import java.util.Optional;

/**
 * Filters and position of a page of the expert list. Results come newest change first, ties broken by
 * id, so that a cursor (the last row's change time and id) walks the list without skipping or repeating
 * rows while others edit.
 *
 * @param consentGiven   only experts whose current consent for this purpose is given (partners' view)
 * @param text           part of the Vietnamese or foreign name, ignoring case and diacritics
 */
public record ExpertQuery(Optional<String> countryCode, Optional<String> owningUnit, Optional<String> field,
                          Optional<String> status, Optional<String> text, boolean includeDeleted,
                          Optional<ConsentPurpose> consentGiven, Optional<String> after, int limit) {

    public static final int MAX_LIMIT = 200;

    public ExpertQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }
}
