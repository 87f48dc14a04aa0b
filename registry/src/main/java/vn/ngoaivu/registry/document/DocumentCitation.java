package vn.ngoaivu.registry.document;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A record's reference to a signed document as an officer gives it: which document (issuing agency, number and
 * symbol, issue date) and why the record cites it. The rest of the metadata is optional here: the document system
 * fills it in when the reference is linked.
 *
 * @param role         why the record cites it: one of {@link DocumentCitations#ROLES}
 * @param documentType a code of def/scheme/document-type; when absent, read from the symbol's abbreviation (an
 *                     official letter, công văn, has none)
 */
public record DocumentCitation(String role, String agencyCode, Optional<String> agencyName, String numberSymbol,
                               LocalDate issueDate, Optional<String> documentType, Optional<String> abstractText,
                               Optional<String> signerName, Optional<String> signerPosition) {
}
