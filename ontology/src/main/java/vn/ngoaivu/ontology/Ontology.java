package vn.ngoaivu.ontology;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The platform's vocabulary, code lists and shapes for one province. The Turtle sources use relative
 * IRIs; loading resolves them against the province's base URI, so every IRI here is absolute and in
 * that province's namespace.
 *
 * <p>Immutable and safe to share between threads. Loading parses every source, so load once per base
 * URI (at start-up) and pass the instance around. The models it returns are read-only views: writing
 * to them throws.
 */
public final class Ontology {

    /** Path of the ontology IRI relative to the base URI. */
    public static final String NGV_PATH = "def/ngv";
    /** Path of the ngv: namespace relative to the base URI: terms are {@code {base}def/ngv#Term}. */
    public static final String NGV_NAMESPACE_PATH = NGV_PATH + "#";
    /** Path prefix of code lists: schemes are {@code {base}def/scheme/{id}}, concepts {@code .../{id}/{notation}}. */
    public static final String SCHEME_PATH = "def/scheme/";
    /** Path of the shapes graph relative to the base URI; shapes are {@code {base}def/shapes#Name}. */
    public static final String SHAPES_PATH = "def/shapes";

    private final String baseUri;
    private final Model vocabulary;
    private final Model shapes;
    private final Map<Scheme, Model> schemeModels;
    private final CodeLists codeLists;
    private final ShapeValidator validator;

    private Ontology(String baseUri, Model vocabulary, Model shapes, Map<Scheme, Model> schemeModels) {
        this.baseUri = baseUri;
        this.vocabulary = vocabulary;
        this.shapes = shapes;
        this.schemeModels = schemeModels;
        this.codeLists = new CodeLists(schemeModels, baseUri);
        this.validator = ShapeValidator.of(shapes.getGraph());
    }

    /**
     * Loads every source, resolving relative IRIs against {@code baseUri}.
     *
     * @param baseUri the province's base URI: absolute, http or https, ending with '/'
     *                (e.g. {@code https://ngoaivu.thanhhoa.gov.vn/})
     * @throws IllegalArgumentException if the base URI is not of that form
     * @throws IllegalStateException    if a source is missing or malformed (a packaging defect)
     */
    public static Ontology load(String baseUri) {
        String base = BaseUri.require(baseUri);
        Map<Scheme, Model> schemes = new EnumMap<>(Scheme.class);
        for (Scheme scheme : Scheme.values()) {
            schemes.put(scheme, readOnly(TurtleResource.parse(OntologySources.scheme(scheme), base)));
        }
        return new Ontology(base,
                readOnly(TurtleResource.parse(OntologySources.VOCABULARY, base)),
                readOnly(TurtleResource.parse(OntologySources.SHAPES, base)),
                Map.copyOf(schemes));
    }

    private static Model readOnly(Graph graph) {
        return ModelFactory.createModelForGraph(new GraphReadOnly(graph));
    }

    /** The base URI the ontology was loaded with, ending with '/'. */
    public String baseUri() {
        return baseUri;
    }

    /** The ngv: vocabulary ({@code ngv.ttl}), read-only. */
    public Model vocabulary() {
        return vocabulary;
    }

    /** The SHACL shapes ({@code shapes.ttl}), read-only. */
    public Model shapes() {
        return shapes;
    }

    /** One code list's RDF ({@code schemes/{id}.ttl}), read-only. */
    public Model schemeModel(Scheme scheme) {
        return schemeModels.get(Objects.requireNonNull(scheme, "scheme"));
    }

    /** The code lists, indexed for fast lookups. */
    public CodeLists schemes() {
        return codeLists;
    }

    /** A validator compiled once from {@link #shapes()}. */
    public ShapeValidator validator() {
        return validator;
    }

    /** The ontology's IRI, {@code {base}def/ngv}. */
    public String ontologyIri() {
        return baseUri + NGV_PATH;
    }

    /** The ngv: namespace, {@code {base}def/ngv#}. */
    public String ngvNamespace() {
        return baseUri + NGV_NAMESPACE_PATH;
    }

    /** The IRI of an ngv: term, {@code {base}def/ngv#{localName}}. */
    public String termIri(NgvTerm term) {
        return ngvNamespace() + term.localName();
    }

    /** An ngv: class as a Jena resource, for building data. */
    public Resource resource(NgvClass type) {
        return ResourceFactory.createResource(termIri(type));
    }

    /** An ngv: property as a Jena property, for building data. */
    public Property property(NgvProperty property) {
        return ResourceFactory.createProperty(termIri(property));
    }

    /** The IRI of a code list, {@code {base}def/scheme/{id}}. */
    public String schemeIri(Scheme scheme) {
        return baseUri + scheme.path();
    }

    /** The IRI of the shapes graph, {@code {base}def/shapes}. */
    public String shapesIri() {
        return baseUri + SHAPES_PATH;
    }

    @Override
    public String toString() {
        return "Ontology[" + baseUri + "]";
    }
}
