package vn.ngoaivu.registry.expert;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
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
import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Concept;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.search.VietnameseAnalysis;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds an expert's index document: a few shared keys at the root, then one object per
 * {@link SearchAudience} holding what that audience may see. The partners' object exists only while the
 * expert consents to partner sharing, and holds only fields officers opened to partners.
 */
final class ExpertIndexBinder implements TypeBinder {

    static final String ID = "id_key";
    static final String UPDATED = "updated";
    static final String UNIT = "unit";

    static final String SHARED = "shared";
    static final String NAME = "name";
    static final String NAME_EXACT = "name_exact";
    static final String NAME_SUGGEST = "name_suggest";
    static final String NAME_SORT = "name_sort";
    static final String LATIN = "latin";
    static final String ORGANISATION = "organisation";
    static final String POSITION = "position";
    static final String KEYWORDS = "keywords";
    static final String TOPICS = "topics";
    /** Organisation, position, keywords and field labels as one searched text: fewer fields, cheaper queries. */
    static final String ABOUT = "about";
    static final String STATUS = "status";

    private static final List<String> INDEXED_PROPERTIES = List.of("updatedAt", "owningUnit", "status", "fullName",
            "latinName", "countryCode", "organisation", "position", "academicTitle", "highestDegree", "fields", "keywords",
            "languages", "collaborationInterests", "visibility", "consentPartnerSharing");

    private final CodeLists codes;

    ExpertIndexBinder(CodeLists codes) {
        this.codes = codes;
    }

    @Override
    public void bind(TypeBindingContext context) {
        // Every column the document is built from: a change to any of them reindexes the expert.
        var dependencies = context.dependencies();
        for (String property : INDEXED_PROPERTIES) {
            dependencies.use(property);
        }
        IndexSchemaElement root = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        IndexFieldReference<String> id = root.field(ID, types.asString().sortable(Sortable.YES).projectable(Projectable.YES)
                .searchable(Searchable.YES)).toReference();
        IndexFieldReference<Instant> updated = root.field(UPDATED, types.asInstant().sortable(Sortable.YES)
                .projectable(Projectable.YES)).toReference();
        IndexFieldReference<String> unit = root.field(UNIT, types.asString().projectable(Projectable.YES)
                .aggregable(Aggregable.YES)).toReference();
        AudienceFields staff = new AudienceFields(root.objectField(SearchAudience.STAFF.path()), types, true);
        AudienceFields partners = new AudienceFields(root.objectField(SearchAudience.PARTNERS.path()), types, false);
        context.bridge(ExpertEntity.class, new Bridge(codes, id, updated, unit, staff, partners));
    }

    private record Bridge(CodeLists codes, IndexFieldReference<String> id, IndexFieldReference<Instant> updated,
                          IndexFieldReference<String> unit, AudienceFields staff, AudienceFields partners)
            implements TypeBridge<ExpertEntity> {

        @Override
        public void write(DocumentElement target, ExpertEntity expert, TypeBridgeWriteContext context) {
            target.addValue(id, expert.id.toString());
            target.addValue(updated, expert.updatedAt);
            target.addValue(unit, expert.owningUnit);
            ExpertProfile profile = ExpertMapping.indexedProfile(expert);
            staff.write(target, expert, profile, codes, field -> true);
            if (expert.consentPartnerSharing) {
                Map<String, Visibility> visibility = profile.visibility();
                partners.write(target, expert, profile, codes, field -> ExpertValidator.SHAREABLE_FIELDS.contains(field)
                        && visibility.getOrDefault(field, Visibility.INTERNAL).compareTo(Visibility.PARTNERS) >= 0);
            }
        }
    }

    /** The fields of one audience's object. */
    private static final class AudienceFields {
        private final IndexObjectFieldReference object;
        private final IndexFieldReference<Boolean> shared;
        private final IndexFieldReference<String> name;
        private final IndexFieldReference<String> nameExact;
        private final IndexFieldReference<String> nameSuggest;
        private final IndexFieldReference<String> nameSort;
        private final IndexFieldReference<String> latin;
        private final IndexFieldReference<String> organisation;
        private final IndexFieldReference<String> position;
        private final IndexFieldReference<String> keywords;
        private final IndexFieldReference<String> topics;
        private final IndexFieldReference<String> about;
        private final Map<ExpertFacet, IndexFieldReference<String>> facets = new java.util.EnumMap<>(ExpertFacet.class);

        AudienceFields(IndexSchemaObjectField element, IndexFieldTypeFactory types, boolean staff) {
            object = element.toReference();
            shared = element.field(SHARED, types.asBoolean()).toReference();
            var text = types.asString().analyzer(VietnameseAnalysis.FOLDED).projectable(Projectable.YES).toIndexFieldType();
            name = element.field(NAME, text).toReference();
            nameExact = element.field(NAME_EXACT, types.asString().analyzer(VietnameseAnalysis.EXACT)).toReference();
            nameSuggest = element.field(NAME_SUGGEST, types.asString().analyzer(VietnameseAnalysis.PREFIX)
                    .searchAnalyzer(VietnameseAnalysis.FOLDED)).toReference();
            nameSort = element.field(NAME_SORT, types.asString().sortable(Sortable.YES).projectable(Projectable.YES))
                    .toReference();
            latin = element.field(LATIN, text).toReference();
            about = element.field(ABOUT, types.asString().analyzer(VietnameseAnalysis.FOLDED)).multiValued().toReference();
            // Shown in hits and marked by Highlights; searched through ABOUT.
            var shown = types.asString().projectable(Projectable.YES).searchable(Searchable.NO).toIndexFieldType();
            organisation = element.field(ORGANISATION, shown).toReference();
            position = element.field(POSITION, shown).toReference();
            keywords = element.field(KEYWORDS, shown).multiValued().toReference();
            topics = element.field(TOPICS, shown).multiValued().toReference();
            var keyword = types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES).toIndexFieldType();
            for (ExpertFacet facet : ExpertFacet.values()) {
                if (staff || !facet.staffOnly()) {
                    facets.put(facet, element.field(facet.indexName(), keyword).multiValued().toReference());
                }
            }
        }

        void write(DocumentElement target, ExpertEntity expert, ExpertProfile p, CodeLists codes, Predicate<String> visible) {
            DocumentElement doc = target.addObject(object);
            doc.addValue(shared, true);
            if (visible.test("fullName")) {
                String fullName = VietnameseAnalysis.normalise(p.fullName());
                doc.addValue(name, fullName);
                doc.addValue(nameExact, fullName);
                doc.addValue(nameSuggest, fullName);
                doc.addValue(nameSort, VietnameseNames.sortKey(fullName));
            }
            text(doc, visible.test("latinName"), p.latinName(), latin);
            text(doc, visible.test("organisation"), p.organisation(), organisation);
            text(doc, visible.test("position"), p.position(), position);
            if (visible.test("keywords")) {
                p.keywords().forEach(k -> text(doc, true, Optional.of(k), keywords));
            }
            if (visible.test("countryCode")) {
                facet(doc, ExpertFacet.COUNTRY, List.of(p.countryCode()));
            }
            if (visible.test("fields")) {
                Set<String> areas = new LinkedHashSet<>();
                for (String field : p.fields()) {
                    Optional<Concept> concept = codes.concept(Scheme.FORD, field);
                    concept.ifPresent(c -> {
                        text(doc, true, Optional.of(c.labelVi() + " / " + c.labelEn()), topics);
                        c.broaderNotation().ifPresent(areas::add);
                    });
                }
                for (String area : areas) {
                    codes.concept(Scheme.FORD, area).ifPresent(c ->
                            text(doc, true, Optional.of(c.labelVi() + " / " + c.labelEn()), topics));
                }
                facet(doc, ExpertFacet.FIELD, p.fields());
                facet(doc, ExpertFacet.AREA, List.copyOf(areas));
            }
            if (visible.test("highestDegree")) {
                facet(doc, ExpertFacet.DEGREE, p.highestDegree().stream().toList());
            }
            if (visible.test("academicTitle")) {
                facet(doc, ExpertFacet.TITLE, p.academicTitle().stream().toList());
            }
            if (visible.test("languages")) {
                facet(doc, ExpertFacet.LANGUAGE, p.languages());
            }
            if (visible.test("collaborationInterests")) {
                facet(doc, ExpertFacet.INTEREST, p.collaborationInterests());
            }
            facet(doc, ExpertFacet.STATUS, List.of(expert.status));
        }

        private void facet(DocumentElement doc, ExpertFacet facet, List<String> values) {
            IndexFieldReference<String> field = facets.get(facet);
            if (field != null) {
                values.forEach(v -> doc.addValue(field, v));
            }
        }

        /** A visible text value, into its own field and, except the Latin name, into the searched ABOUT text. */
        private void text(DocumentElement doc, boolean visible, Optional<String> value, IndexFieldReference<String> field) {
            if (visible && value.isPresent()) {
                String v = VietnameseAnalysis.normalise(value.get());
                doc.addValue(field, v);
                if (field != latin) {
                    doc.addValue(about, v);
                }
            }
        }
    }

    /** Deleted, merged and erased experts leave the index: no audience finds them. */
    static final class LiveOnly implements RoutingBinder {
        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("deletedAt").use("mergedInto").use("erasedAt");
            context.bridge(ExpertEntity.class, new RoutingBridge<>() {
                @Override
                public void route(DocumentRoutes routes, Object entityIdentifier, ExpertEntity expert,
                                  RoutingBridgeRouteContext context) {
                    if (expert.deletedAt == null && expert.mergedInto == null && expert.erasedAt == null) {
                        routes.addRoute();
                    } else {
                        routes.notIndexed();
                    }
                }

                @Override
                public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, ExpertEntity expert,
                                           RoutingBridgeRouteContext context) {
                    routes.addRoute();
                }
            });
        }
    }
}
