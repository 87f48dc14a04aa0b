package vn.ngoaivu.registry.record.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import vn.ngoaivu.registry.document.DocumentCitation;
import vn.ngoaivu.registry.document.DocumentCitations;
import vn.ngoaivu.registry.document.DocumentReference;
import vn.ngoaivu.registry.record.ForeignAffairsRecord;
import vn.ngoaivu.registry.record.RecordContent;
import vn.ngoaivu.registry.record.RecordValidator;

/**
 * A stored record against a sheet row of the same key: whether the row changes anything, and the content an update
 * sends. The sheet shows one document; the record may cite several, so the row's document counts as unchanged when
 * the record already cites it in that role, and an update keeps the others.
 */
final class RecordComparison {

    /** Numbers equal by value (a stored 35 and a sheet's 35.0), anything else by equality. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private RecordComparison() {
    }

    static boolean unchanged(ForeignAffairsRecord current, RecordValidator.Checked sheet,
                             Map<UUID, DocumentReference> cited) {
        RecordContent stored = current.content();
        RecordContent row = sheet.content();
        return stored.title().equals(row.title()) && stored.summary().equals(row.summary())
                && stored.countries().equals(row.countries()) && stored.startDate().equals(row.startDate())
                && stored.endDate().equals(row.endDate()) && stored.dossierCode().equals(row.dossierCode())
                && stored.details().equals(BY_VALUE, row.details())
                && sheet.documents().stream().allMatch(document -> current.documents().stream().anyMatch(c ->
                        c.role().equals(document.citation().role()) && sameDocument(cited.get(c.documentId()), document)));
    }

    /** The row's content with the record's other cited documents kept (the row's own replaces the same document). */
    static RecordContent merged(ForeignAffairsRecord current, RecordValidator.Checked sheet,
                                Map<UUID, DocumentReference> cited) {
        Optional<DocumentCitations.Checked> rowDocument = sheet.documents().stream().findFirst();
        List<DocumentCitation> documents = new ArrayList<>();
        boolean replaced = false;
        for (ForeignAffairsRecord.Cited c : current.documents()) {
            DocumentReference reference = cited.get(c.documentId());
            if (rowDocument.isPresent() && sameDocument(reference, rowDocument.get())) {
                documents.add(rowDocument.get().citation());
                replaced = true;
            } else {
                documents.add(citation(c.role(), reference));
            }
        }
        if (!replaced) {
            rowDocument.ifPresent(document -> documents.add(document.citation()));
        }
        RecordContent row = sheet.content();
        return new RecordContent(row.externalKey(), row.title(), row.summary(), row.countries(), row.startDate(),
                row.endDate(), row.details(), documents, row.dossierCode());
    }

    private static boolean sameDocument(DocumentReference reference, DocumentCitations.Checked document) {
        return reference != null && reference.exchangeId().equals(document.exchangeId());
    }

    /**
     * A stored reference cited again as it is; its type is left to be read from the symbol again, as it was when it
     * was first cited.
     */
    private static DocumentCitation citation(String role, DocumentReference reference) {
        return new DocumentCitation(role, reference.agencyCode(), reference.agencyName(), reference.numberSymbol(),
                reference.issueDate(), Optional.empty(), reference.abstractText(), reference.signerName(),
                reference.signerPosition());
    }
}
