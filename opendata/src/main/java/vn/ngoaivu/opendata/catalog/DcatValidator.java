package vn.ngoaivu.opendata.catalog;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.ngoaivu.ontology.ShapeValidator;
import vn.ngoaivu.ontology.ValidationReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Validates a catalog with the official DCAT-AP 3.0.1 shapes (kept unchanged in {@code standards/dcat-ap-3.0.1}).
 * The gate is {@code shapes.ttl} + {@code range.ttl}: any sh:Violation blocks publication. The recommended-property
 * shapes give warnings only, reported separately. The controlled-vocabulary shapes are not applied: they need the EU
 * vocabularies themselves loaded into the data graph.
 */
public final class DcatValidator {

    private static final String FOLDER = "/standards/dcat-ap-3.0.1/";

    private final ShapeValidator base;
    private final ShapeValidator recommended;

    public DcatValidator() {
        this.base = ShapeValidator.of(load("shapes.ttl", "range.ttl"));
        this.recommended = ShapeValidator.of(load("shapes_recommended.ttl"));
    }

    /** The publication gate: mandatory properties, cardinalities and ranges. */
    public ValidationReport validate(Model catalog) {
        return base.validate(catalog.getGraph(), "en");
    }

    /** Missing recommended properties (warnings): for the catalog's editors, never blocking. */
    public ValidationReport recommendations(Model catalog) {
        return recommended.validate(catalog.getGraph(), "en");
    }

    private static Graph load(String... files) {
        Graph shapes = GraphFactory.createDefaultGraph();
        for (String file : files) {
            try (InputStream in = DcatValidator.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing DCAT-AP shapes " + FOLDER + file);
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shapes;
    }
}
