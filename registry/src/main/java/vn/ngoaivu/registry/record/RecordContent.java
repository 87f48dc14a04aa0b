package vn.ngoaivu.registry.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.ngoaivu.registry.document.DocumentCitation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What officers edit of a record: the fields every kind has, the kind's own fields ({@code details}, checked against
 * {@link RecordKind#fields()}), the documents it cites and its public-service dossier.
 *
 * @param externalKey  the key of the officers' spreadsheet row, for idempotent imports; unique per kind
 * @param countries    ISO 3166-1 alpha-2 codes: the delegation's destination, the NGO's home, the partner's country
 * @param details      the kind's own fields by name; a copy is taken
 * @param dossierCode  the dossier's code on the online public-service portal
 */
public record RecordContent(Optional<String> externalKey, String title, Optional<String> summary, List<String> countries,
                            Optional<LocalDate> startDate, Optional<LocalDate> endDate, ObjectNode details,
                            List<DocumentCitation> documents, Optional<String> dossierCode) {

    public RecordContent {
        Objects.requireNonNull(externalKey);
        Objects.requireNonNull(title);
        Objects.requireNonNull(summary);
        countries = List.copyOf(countries);
        Objects.requireNonNull(startDate);
        Objects.requireNonNull(endDate);
        details = details.deepCopy();
        documents = List.copyOf(documents);
        Objects.requireNonNull(dossierCode);
    }
}
