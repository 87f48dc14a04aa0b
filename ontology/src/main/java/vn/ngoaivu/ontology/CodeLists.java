package vn.ngoaivu.ontology;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * The concepts of every code list, indexed once when the ontology loads: the registry checks every
 * imported spreadsheet cell against them, so each lookup is a map access, never a query.
 */
public final class CodeLists {

    private static final Comparator<Concept> BY_NOTATION =
            Comparator.comparing(Concept::notation, NotationOrder.INSTANCE);

    /** Per scheme, concepts by notation. */
    private final Map<Scheme, Map<String, Concept>> byNotation;
    private final Map<Scheme, List<Concept>> ordered;
    private final Map<String, Concept> byIri;
    private final Map<String, List<Concept>> narrowerByIri;
    /** Document types by normalised symbol abbreviation (see {@link #symbolKey}). */
    private final Map<String, Concept> documentTypesBySymbol;
    private final Map<String, String> symbolByIri;

    CodeLists(Map<Scheme, Model> schemeModels, String baseUri) {
        Map<Scheme, Map<String, Concept>> notations = new EnumMap<>(Scheme.class);
        Map<Scheme, List<Concept>> lists = new EnumMap<>(Scheme.class);
        Map<String, Concept> iris = new HashMap<>();
        Map<String, List<Concept>> narrower = new HashMap<>();
        for (Scheme scheme : Scheme.values()) {
            List<Concept> concepts = read(scheme, schemeModels.get(scheme), baseUri);
            concepts.sort(BY_NOTATION);
            Map<String, Concept> index = new HashMap<>();
            for (Concept concept : concepts) {
                if (index.putIfAbsent(concept.notation(), concept) != null) {
                    throw new IllegalStateException("Scheme " + scheme.id() + ": notation '" + concept.notation()
                            + "' is used by more than one concept");
                }
                iris.put(concept.iri(), concept);
            }
            for (Concept concept : concepts) {
                concept.broaderNotation().ifPresent(notation -> {
                    Concept broader = index.get(notation);
                    if (broader == null) {
                        throw new IllegalStateException("Scheme " + scheme.id() + ": the broader concept of '"
                                + concept.notation() + "' is not in the scheme");
                    }
                    narrower.computeIfAbsent(broader.iri(), k -> new ArrayList<>()).add(concept);
                });
            }
            notations.put(scheme, Map.copyOf(index));
            lists.put(scheme, List.copyOf(concepts));
        }
        narrower.replaceAll((iri, list) -> List.copyOf(list));
        this.byNotation = Collections.unmodifiableMap(notations);
        this.ordered = Collections.unmodifiableMap(lists);
        this.byIri = Map.copyOf(iris);
        this.narrowerByIri = Map.copyOf(narrower);
        this.symbolByIri = symbols(schemeModels.get(Scheme.DOCUMENT_TYPE), baseUri);
        this.documentTypesBySymbol = indexBySymbol(symbolByIri, byIri);
    }

    /** The concept of {@code scheme} whose notation is exactly {@code notation}. */
    public Optional<Concept> concept(Scheme scheme, String notation) {
        Map<String, Concept> concepts = byNotation.get(Objects.requireNonNull(scheme, "scheme"));
        return notation == null ? Optional.empty() : Optional.ofNullable(concepts.get(notation));
    }

    /** Whether {@code notation} is exactly the notation of a concept of {@code scheme}. */
    public boolean isValid(Scheme scheme, String notation) {
        return notation != null && byNotation.get(Objects.requireNonNull(scheme, "scheme")).containsKey(notation);
    }

    /** Every concept of the scheme (top concepts and narrower ones), in natural notation order. */
    public List<Concept> concepts(Scheme scheme) {
        return ordered.get(Objects.requireNonNull(scheme, "scheme"));
    }

    /** The concepts of the scheme that have no broader concept, in notation order. */
    public List<Concept> topConcepts(Scheme scheme) {
        return ordered.get(scheme).stream().filter(Concept::isTopConcept).toList();
    }

    /** The concept's broader concept, if it has one. */
    public Optional<Concept> broader(Concept concept) {
        return concept.broaderNotation().flatMap(notation -> concept(concept.scheme(), notation));
    }

    /** The concepts whose broader concept is {@code concept}, in notation order. */
    public List<Concept> narrower(Concept concept) {
        return narrowerByIri.getOrDefault(concept.iri(), List.of());
    }

    /** The concept with this absolute IRI, in any scheme. */
    public Optional<Concept> conceptByIri(String iri) {
        return iri == null ? Optional.empty() : Optional.ofNullable(byIri.get(iri));
    }

    /**
     * The document type whose abbreviation in document symbols is {@code abbreviation}, e.g. "QĐ" for
     * Quyết định in "296/QĐ-SNgV". Forgiving about what spreadsheets hold: surrounding spaces, letter
     * case and decomposed (NFD) Vietnamese characters are ignored. Đ is not folded to D: "HD" (Hướng dẫn)
     * and "HĐ" (Hợp đồng) are different types.
     */
    public Optional<Concept> documentTypeBySymbol(String abbreviation) {
        return abbreviation == null ? Optional.empty()
                : Optional.ofNullable(documentTypesBySymbol.get(symbolKey(abbreviation)));
    }

    /** The abbreviation a document type uses in document symbols, e.g. "QĐ"; empty for types without one. */
    public Optional<String> symbolAbbreviation(Concept documentType) {
        return Optional.ofNullable(symbolByIri.get(documentType.iri()));
    }

    private static List<Concept> read(Scheme scheme, Model model, String baseUri) {
        String schemeIri = baseUri + scheme.path();
        Resource schemeResource = ResourceFactory.createResource(schemeIri);
        List<Resource> members = model.listSubjectsWithProperty(SKOS.inScheme, schemeResource).toList();
        List<Concept> concepts = new ArrayList<>(members.size());
        for (Resource member : members) {
            concepts.add(new Concept(scheme,
                    required(notation(member), scheme, member, "skos:notation"),
                    member.getURI(),
                    required(LangLiterals.text(member, SKOS.prefLabel, "vi"), scheme, member, "skos:prefLabel@vi"),
                    required(LangLiterals.text(member, SKOS.prefLabel, "en"), scheme, member, "skos:prefLabel@en"),
                    broaderNotation(member, scheme)));
        }
        if (concepts.isEmpty()) {
            throw new IllegalStateException("Scheme " + scheme.id() + " has no concept in <" + schemeIri + ">");
        }
        return concepts;
    }

    private static Optional<String> notation(Resource concept) {
        return LangLiterals.plain(concept, SKOS.notation);
    }

    private static Optional<String> broaderNotation(Resource concept, Scheme scheme) {
        Resource broader = concept.getPropertyResourceValue(SKOS.broader);
        if (broader == null) {
            return Optional.empty();
        }
        return Optional.of(required(notation(broader), scheme, broader, "skos:notation"));
    }

    private static String required(Optional<String> value, Scheme scheme, Resource concept, String what) {
        return value.orElseThrow(() -> new IllegalStateException(
                "Scheme " + scheme.id() + ": concept <" + concept + "> has no " + what));
    }

    private static Map<String, String> symbols(Model documentTypes, String baseUri) {
        Property property = ResourceFactory.createProperty(
                baseUri + Ontology.NGV_NAMESPACE_PATH + NgvProperty.SYMBOL_ABBREVIATION.localName());
        Map<String, String> symbols = new HashMap<>();
        documentTypes.listStatements(null, property, (RDFNode) null).forEachRemaining(statement ->
                symbols.put(statement.getSubject().getURI(),
                        Normalizer.normalize(statement.getString(), Normalizer.Form.NFC)));
        return Map.copyOf(symbols);
    }

    private static Map<String, Concept> indexBySymbol(Map<String, String> symbolByIri, Map<String, Concept> byIri) {
        Map<String, Concept> index = new HashMap<>();
        symbolByIri.forEach((iri, symbol) -> {
            Concept documentType = byIri.get(iri);
            if (documentType == null || documentType.scheme() != Scheme.DOCUMENT_TYPE) {
                throw new IllegalStateException("Symbol abbreviation " + symbol + " is stated on <" + iri
                        + ">, which is not a concept of the document-type scheme");
            }
            Concept previous = index.put(symbolKey(symbol), documentType);
            if (previous != null) {
                // Case-insensitive lookup is only sound while no two abbreviations differ by case alone.
                throw new IllegalStateException("Document types " + previous.notation() + " and "
                        + documentType.notation() + " have the same symbol abbreviation ignoring case: " + symbol);
            }
        });
        return Map.copyOf(index);
    }

    private static String symbolKey(String abbreviation) {
        return Normalizer.normalize(abbreviation.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
    }
}
