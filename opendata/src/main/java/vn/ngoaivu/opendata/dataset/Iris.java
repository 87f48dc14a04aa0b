package vn.ngoaivu.opendata.dataset;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import vn.ngoaivu.ontology.NgvClass;
import vn.ngoaivu.ontology.NgvProperty;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.ontology.Scheme;

import java.util.Optional;

/** The IRIs published resources, terms and concepts have under the instance's base URI. */
public record Iris(Ontology ontology) {

    /** A published resource: {@code {base}id/{kind}/{key}}, e.g. {@code id/conference/0f1e…}. */
    public Node resource(String kind, Object key) {
        return NodeFactory.createURI(ontology.baseUri() + "id/" + kind + "/" + key);
    }

    /** A DCAT dataset series (the dataset across its releases): {@code {base}id/dataset/{id}}. */
    public Node dataset(String datasetId) {
        return NodeFactory.createURI(ontology.baseUri() + "id/dataset/" + datasetId);
    }

    public Node type(NgvClass type) {
        return NodeFactory.createURI(ontology.termIri(type));
    }

    public Node property(NgvProperty property) {
        return NodeFactory.createURI(ontology.termIri(property));
    }

    /** The concept of {@code scheme} with this notation, if the code list has it. */
    public Optional<Node> concept(Scheme scheme, String notation) {
        return ontology.schemes().concept(scheme, notation).map(c -> NodeFactory.createURI(c.iri()));
    }
}
