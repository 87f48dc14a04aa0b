package vn.ngoaivu.registry.record;

import com.fasterxml.jackson.databind.JsonNode;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import vn.ngoaivu.registry.search.VietnameseAnalysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds a record's index document: its searched text (title, summary, the kind's own text fields except personal
 * ones, the dossier code) and the keys it is filtered, counted and sorted by. Personal fields are never indexed, so
 * no query or facet can reveal them.
 */
final class RecordIndexBinder implements TypeBinder {

    static final String ID = "id_key";
    static final String TEXT = "text";
    static final String TITLE_EXACT = "title_exact";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String UNIT = "unit";
    static final String COUNTRY = "country";
    static final String UPDATED = "updated";
    static final String START = "start";

    private static final List<String> INDEXED_PROPERTIES = List.of("kind", "status", "owningUnit", "title", "summary",
            "countryCodes", "startDate", "details", "dossierCode", "updatedAt");

    @Override
    public void bind(TypeBindingContext context) {
        INDEXED_PROPERTIES.forEach(context.dependencies()::use);
        IndexSchemaElement root = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        var keyword = types.asString().aggregable(Aggregable.YES).toIndexFieldType();
        Fields fields = new Fields(
                root.field(ID, types.asString().projectable(Projectable.YES)).toReference(),
                root.field(TEXT, types.asString().analyzer(VietnameseAnalysis.FOLDED)).multiValued().toReference(),
                root.field(TITLE_EXACT, types.asString().analyzer(VietnameseAnalysis.EXACT)).toReference(),
                root.field(KIND, keyword).toReference(),
                root.field(STATUS, keyword).toReference(),
                root.field(UNIT, keyword).toReference(),
                root.field(COUNTRY, keyword).multiValued().toReference(),
                root.field(UPDATED, types.asInstant().sortable(Sortable.YES)).toReference(),
                root.field(START, types.asLocalDate().sortable(Sortable.YES)).toReference());
        context.bridge(RecordEntity.class, new Bridge(fields));
    }

    private record Fields(IndexFieldReference<String> id, IndexFieldReference<String> text,
                          IndexFieldReference<String> titleExact, IndexFieldReference<String> kind,
                          IndexFieldReference<String> status, IndexFieldReference<String> unit,
                          IndexFieldReference<String> country, IndexFieldReference<Instant> updated,
                          IndexFieldReference<LocalDate> start) {
    }

    private record Bridge(Fields f) implements TypeBridge<RecordEntity> {
        @Override
        public void write(DocumentElement target, RecordEntity r, TypeBridgeWriteContext context) {
            target.addValue(f.id, r.id.toString());
            target.addValue(f.kind, r.kind);
            target.addValue(f.status, r.status);
            target.addValue(f.unit, r.owningUnit);
            r.countryCodes.forEach(c -> target.addValue(f.country, c));
            target.addValue(f.updated, r.updatedAt);
            if (r.startDate != null) {
                target.addValue(f.start, r.startDate);
            }
            String title = VietnameseAnalysis.normalise(r.title);
            target.addValue(f.titleExact, title);
            target.addValue(f.text, title);
            if (r.summary != null) {
                target.addValue(f.text, VietnameseAnalysis.normalise(r.summary));
            }
            if (r.dossierCode != null) {
                target.addValue(f.text, r.dossierCode);
            }
            RecordKind kind = RecordMapping.kind(r);
            var details = RecordMapping.details(r);
            for (FieldSpec field : kind.fields()) {
                JsonNode value = details.get(field.name());
                if (value == null || field.personal() || !(field.type() == FieldType.TEXT
                        || field.type() == FieldType.LONG_TEXT || field.type() == FieldType.TEXT_LIST)) {
                    continue;
                }
                if (value.isArray()) {
                    value.forEach(item -> target.addValue(f.text, VietnameseAnalysis.normalise(item.asText())));
                } else {
                    target.addValue(f.text, VietnameseAnalysis.normalise(value.asText()));
                }
            }
        }
    }

    /** Deleted records leave the index. */
    static final class LiveOnly implements RoutingBinder {
        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("deletedAt");
            context.bridge(RecordEntity.class, new RoutingBridge<>() {
                @Override
                public void route(DocumentRoutes routes, Object id, RecordEntity record, RoutingBridgeRouteContext ctx) {
                    if (record.deletedAt == null) {
                        routes.addRoute();
                    } else {
                        routes.notIndexed();
                    }
                }

                @Override
                public void previousRoutes(DocumentRoutes routes, Object id, RecordEntity record, RoutingBridgeRouteContext ctx) {
                    routes.addRoute();
                }
            });
        }
    }
}
