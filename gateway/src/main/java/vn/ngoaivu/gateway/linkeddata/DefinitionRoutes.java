package vn.ngoaivu.gateway.linkeddata;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.ontology.Concept;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.ontology.OntologyHtml;
import vn.ngoaivu.ontology.Scheme;

import java.util.List;

/**
 * The ontology as Linked Data under {@code /def}: the vocabulary ({@code /def/ngv}, whose hash IRIs
 * {@code /def/ngv#Term} resolve to it), the shapes, each code list and each concept, in every RDF format
 * and as HTML for people.
 */
public final class DefinitionRoutes {

    private final Ontology ontology;
    private final OntologyHtml html;

    public DefinitionRoutes(Ontology ontology) {
        this.ontology = ontology;
        this.html = new OntologyHtml(ontology);
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get("/def/ngv", Access.anyone(), this::vocabulary),
                Endpoint.get("/def/shapes", Access.anyone(), this::shapes),
                Endpoint.get("/def/scheme/{scheme}", Access.anyone(), this::scheme),
                Endpoint.get("/def/scheme/{scheme}/{notation}", Access.anyone(), this::concept));
    }

    private void vocabulary(ServerRequest req, ServerResponse res) {
        RdfResponses.send(req, res, ontology.vocabulary(), html::ontologyPage);
    }

    private void shapes(ServerRequest req, ServerResponse res) {
        RdfResponses.send(req, res, ontology.shapes(), html::shapesPage);
    }

    private void scheme(ServerRequest req, ServerResponse res) {
        Scheme scheme = scheme(req);
        RdfResponses.send(req, res, ontology.schemeModel(scheme), () -> html.schemePage(scheme));
    }

    private void concept(ServerRequest req, ServerResponse res) {
        Scheme scheme = scheme(req);
        String notation = req.path().pathParameters().get("notation");
        Concept concept = ontology.schemes().concept(scheme, notation).orElseThrow(() -> notFound(
                "Bảng mã " + scheme.id() + " không có mã " + notation + ".",
                "Code list " + scheme.id() + " has no code " + notation + "."));
        RdfResponses.send(req, res, describe(ontology.schemeModel(scheme), concept.iri()), () -> html.conceptPage(concept));
    }

    private static Scheme scheme(ServerRequest req) {
        String id = req.path().pathParameters().get("scheme");
        return Scheme.byId(id).orElseThrow(() -> notFound(
                "Không có bảng mã " + id + ".", "There is no code list " + id + "."));
    }

    /** The concept's own statements, with the source's prefixes so that Turtle and JSON-LD stay compact. */
    private static Model describe(Model source, String iri) {
        Model description = ModelFactory.createDefaultModel();
        description.setNsPrefixes(source.getNsPrefixMap());
        Resource subject = source.getResource(iri);
        description.add(source.listStatements(subject, null, (org.apache.jena.rdf.model.RDFNode) null));
        return description;
    }

    private static ProblemException notFound(String vi, String en) {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, vi, en));
    }
}
