package vn.ngoaivu.registry.expert;

import java.util.List;
import java.util.UUID;

/**
 * Two profiles that may be the same person, for an officer to confirm or dismiss, with why they were
 * paired: same-orcid, same-email, same-name-birth-year-country, similar-name (trigram similarity of the
 * folded names, in the same country).
 */
public record DuplicateCandidate(UUID first, String firstName, UUID second, String secondName, List<String> reasons,
                                 double similarity) {
}
