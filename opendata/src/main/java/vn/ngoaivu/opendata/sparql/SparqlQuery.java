package vn.ngoaivu.opendata.sparql;

import org.apache.jena.query.Query;

/**
 * A query that passed {@link SparqlService#parse}: read-only, no SERVICE, its dataset description (FROM, FROM
 * NAMED, or the protocol's graph parameters) settled.
 */
public final class SparqlQuery {

    /** What the query answers with, which decides the formats it can be written in. */
    public enum Form {
        /** SELECT and ASK: SPARQL results (JSON, XML, CSV, TSV). */
        RESULTS,
        /** CONSTRUCT and DESCRIBE: an RDF graph (Turtle, N-Triples, JSON-LD, RDF/XML). */
        GRAPH
    }

    private final Query query;

    SparqlQuery(Query query) {
        this.query = query;
    }

    public Form form() {
        return query.isSelectType() || query.isAskType() ? Form.RESULTS : Form.GRAPH;
    }

    /** The query as Jena parsed it; package-private: Jena's {@code Query} is mutable. */
    Query jena() {
        return query;
    }

    @Override
    public String toString() {
        return query.toString();
    }
}
