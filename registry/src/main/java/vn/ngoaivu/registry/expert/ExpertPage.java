package vn.ngoaivu.registry.expert;

import java.util.List;
import java.util.Optional;

/** A page of experts, and the cursor of the next page when there is one. */
public record ExpertPage(List<Expert> items, Optional<String> next) {
}
