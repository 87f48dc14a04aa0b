package vn.ngoaivu.registry.record;

import java.util.List;
import java.util.Optional;

/** One page of records and the cursor of the next page, if any. */
public record RecordPage(List<ForeignAffairsRecord> items, Optional<String> next) {
}
