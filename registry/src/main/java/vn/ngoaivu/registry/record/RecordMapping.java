package vn.ngoaivu.registry.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Between the {@code fa_record} row and the records the services hand out. */
final class RecordMapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordMapping() {
    }

    static RecordKind kind(RecordEntity entity) {
        return RecordKind.byCode(entity.kind).orElseThrow(() -> new IllegalStateException("unknown record kind " + entity.kind));
    }

    static void apply(RecordEntity e, RecordContent c) {
        e.externalKey = c.externalKey().orElse(e.externalKey);
        e.title = c.title();
        e.summary = c.summary().orElse(null);
        e.countryCodes = new ArrayList<>(c.countries());
        e.startDate = c.startDate().orElse(null);
        e.endDate = c.endDate().orElse(null);
        e.details = c.details().toString();
        e.dossierCode = c.dossierCode().orElse(null);
    }

    static RecordContent content(RecordEntity e) {
        return new RecordContent(Optional.ofNullable(e.externalKey), e.title, Optional.ofNullable(e.summary), e.countryCodes,
                Optional.ofNullable(e.startDate), Optional.ofNullable(e.endDate), details(e), List.of(),
                Optional.ofNullable(e.dossierCode));
    }

    static ForeignAffairsRecord record(RecordEntity e) {
        List<ForeignAffairsRecord.Cited> cited = e.documents.stream()
                .map(d -> new ForeignAffairsRecord.Cited(d.role, d.documentId)).toList();
        return new ForeignAffairsRecord(e.id, e.version, kind(e), e.status, e.owningUnit, content(e), cited, e.createdAt,
                e.createdBy, e.updatedAt, e.updatedBy, e.deletedAt != null);
    }

    static ObjectNode details(RecordEntity e) {
        try {
            return (ObjectNode) JSON.readTree(e.details);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("record " + e.id + " has unreadable details", ex);
        }
    }
}
