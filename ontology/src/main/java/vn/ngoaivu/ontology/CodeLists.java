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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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

    // ---------------------------------------------------------------------------------------------
    // Label lookups (added for spreadsheet imports). Built per scheme on first use, so loading the
    // ontology costs nothing more for callers that never look a label up.

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    /** Marks a key shared by more than one concept: such a label finds nothing. */
    private static final Concept AMBIGUOUS = new Concept(Scheme.FORD, "", "", "", "", Optional.empty());

    /** Per scheme, the label index; built on the first {@link #conceptByLabel} call for that scheme. */
    private final ConcurrentMap<Scheme, LabelIndex> labelIndexes = new ConcurrentHashMap<>();

    /**
     * The concept of {@code scheme} that has {@code label} as its Vietnamese or English preferred or
     * alternative label (skos:prefLabel, skos:altLabel), e.g. "Hoa Kỳ", "United States" → US, "Tiến sĩ",
     * "PhD" → TS. Forgiving about what spreadsheets hold: case, surrounding and repeated spaces, NFC or NFD
     * input, and Vietnamese diacritics are ignored ("tien si", "TIẾN SĨ", "Tiến sĩ" all match; Đ folds to
     * D), see {@link #foldLabel}. A label that matches exactly (ignoring only case and spaces) wins over
     * one that matches after folding; a label shared by two concepts at the level where it matches finds
     * nothing (empty), as does a notation: use {@link #concept} for codes.
     */
    public Optional<Concept> conceptByLabel(Scheme scheme, String label) {
        Objects.requireNonNull(scheme, "scheme");
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        LabelIndex index = labelIndexes.computeIfAbsent(scheme, this::labelIndex);
        Concept exact = index.exact().get(exactLabelKey(label));
        if (exact != null) {
            return exact == AMBIGUOUS ? Optional.empty() : Optional.of(exact);
        }
        Concept folded = index.folded().get(foldLabel(label));
        return folded == null || folded == AMBIGUOUS ? Optional.empty() : Optional.of(folded);
    }

    /**
     * Folds Vietnamese (or any Latin-script) text for forgiving comparison: NFD, combining marks removed,
     * Đ/đ to d, lower case (root locale), whitespace (including no-break spaces) collapsed to one space,
     * stripped. "Đại học  Quốc gia" and "dai hoc quoc gia" fold to the same key.
     */
    public static String foldLabel(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('Đ', 'd').replace('đ', 'd');
        return WHITESPACE.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String exactLabelKey(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Labels by exact key (case and spaces ignored) and by folded key. */
    private record LabelIndex(Map<String, Concept> exact, Map<String, Concept> folded) {
    }

    /**
     * Concept carries the preferred labels only, so the alternative labels are read from the scheme's
     * source again (once per scheme, a few milliseconds; the constructor is left as it is). The base URI
     * is recovered from a concept IRI, which is {@code {base}def/scheme/{id}/{notation}}.
     */
    private LabelIndex labelIndex(Scheme scheme) {
        List<Concept> concepts = concepts(scheme);
        Concept first = concepts.get(0);
        String suffix = scheme.path() + "/" + first.notation();
        String baseUri = first.iri().substring(0, first.iri().length() - suffix.length());
        Model model = ModelFactory.createModelForGraph(TurtleResource.parse(OntologySources.scheme(scheme), baseUri));
        Map<String, Concept> exact = new HashMap<>();
        Map<String, Concept> folded = new HashMap<>();
        for (Concept concept : concepts) {
            Resource resource = model.getResource(concept.iri());
            List<String> labels = new ArrayList<>(List.of(concept.labelVi(), concept.labelEn()));
            for (String lang : List.of("vi", "en")) {
                labels.addAll(LangLiterals.all(resource, SKOS.altLabel, lang));
            }
            for (String label : labels) {
                exact.merge(exactLabelKey(label), concept, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                folded.merge(foldLabel(label), concept, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
        return new LabelIndex(Map.copyOf(exact), Map.copyOf(folded));
    }
}
