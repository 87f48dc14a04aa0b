package vn.ngoaivu.registry.record;

import java.util.Optional;

/**
 * A page of the record list, newest change first.
 *
 * @param after the cursor of the previous page's last record
 */
public record RecordQuery(Optional<RecordKind> kind, Optional<String> unit, Optional<String> status,
                          Optional<String> country, boolean includeDeleted, Optional<String> after, int limit) {

    public static final int MAX_LIMIT = 200;
}
