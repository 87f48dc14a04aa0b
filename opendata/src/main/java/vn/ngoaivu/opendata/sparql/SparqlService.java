package vn.ngoaivu.opendata.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateFactory;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Read-only SPARQL 1.1 queries over the {@link PublishedStore}: SELECT, ASK, CONSTRUCT and DESCRIBE, each in a
 * read transaction, cancelled after the timeout, and cut at the result limit. Updates and SERVICE are refused:
 * the endpoint is public, and SERVICE would make it fetch any URL a caller names.
 *
 * <p>Answers are written to memory before they are sent (at most the result limit, so a few MB): a timeout or
 * a failure half-way then still gets a proper error status instead of a truncated 200.
 */
public final class SparqlService {

    /** The SPARQL results formats, for SELECT and ASK; each Lang's content type is its media type. */
    public static final List<Lang> RESULT_LANGS = List.of(
            ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);

    /**
     * What a query answered.
     *
     * @param body   the serialised results or graph
     * @param capped true when the answer was cut at the result limit (there was more)
     */
    public record Answer(byte[] body, boolean capped) {
    }

    private final PublishedStore store;
    private final long timeoutMillis;
    private final int resultLimit;

    public SparqlService(PublishedStore store, Duration timeout, int resultLimit) {
        this.store = store;
        this.timeoutMillis = timeout.toMillis();
        this.resultLimit = resultLimit;
    }

    public int resultLimit() {
        return resultLimit;
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    /**
     * Parses a SPARQL 1.1 query. Non-empty {@code defaultGraphUris} / {@code namedGraphUris} (the protocol's
     * {@code default-graph-uri} and {@code named-graph-uri}) replace the query's FROM and FROM NAMED, as the
     * protocol says; they pick release graphs of this store (see {@link PublishedStore#graphName}), nothing is
     * fetched.
     *
     * @throws SparqlException SYNTAX, UPDATE or SERVICE
     */
    public SparqlQuery parse(String text, List<String> defaultGraphUris, List<String> namedGraphUris) {
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw new SparqlException(SparqlException.Reason.UPDATE,
                        "This endpoint is read-only: it answers SELECT, ASK, CONSTRUCT and DESCRIBE, not updates.");
            }
            throw new SparqlException(SparqlException.Reason.SYNTAX, e.getMessage());
        }
        if (callsService(query)) {
            throw new SparqlException(SparqlException.Reason.SERVICE,
                    "SERVICE is not allowed: this endpoint does not call other endpoints.");
        }
        if (!defaultGraphUris.isEmpty() || !namedGraphUris.isEmpty()) {
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            defaultGraphUris.forEach(query::addGraphURI);
            namedGraphUris.forEach(query::addNamedGraphURI);
        }
        capLimit(query);
        return new SparqlQuery(query);
    }

    /** Answers a SELECT or ASK query in {@code lang}, one of {@link #RESULT_LANGS}. */
    public Answer results(SparqlQuery parsed, Lang lang) {
        if (parsed.form() != SparqlQuery.Form.RESULTS || !RESULT_LANGS.contains(lang)) {
            throw new IllegalArgumentException(lang + " does not fit a " + parsed.form() + " query");
        }
        Query query = parsed.jena();
        ResultsWriter writer = ResultsWriter.create().lang(lang).build();
        return run(query, exec -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            if (query.isAskType()) {
                writer.write(out, exec.ask());
                return new Answer(out.toByteArray(), false);
            }
            RowSet rows = exec.select();
            List<Var> vars = rows.getResultVars();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext() && kept.size() < resultLimit) {
                kept.add(rows.next());
            }
            boolean more = rows.hasNext();
            // Written inside the read transaction: TDB2 bindings resolve their terms lazily.
            writer.write(out, RowSetStream.create(vars, kept.iterator()));
            return new Answer(out.toByteArray(), more);
        });
    }

    /** Answers a CONSTRUCT or DESCRIBE query in an RDF format. */
    public Answer graph(SparqlQuery parsed, RDFFormat format) {
        if (parsed.form() != SparqlQuery.Form.GRAPH) {
            throw new IllegalArgumentException("a " + parsed.form() + " query has no graph");
        }
        Query query = parsed.jena();
        return run(query, exec -> {
            Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
            Graph graph = GraphFactory.createDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            while (triples.hasNext() && graph.size() < resultLimit) {
                graph.add(triples.next());
            }
            boolean more = triples.hasNext();
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            RDFDataMgr.write(out, graph, format);
            return new Answer(out.toByteArray(), more);
        });
    }

    /**
     * Runs the query in a read transaction with the union of the release graphs as its default graph, SERVICE
     * disabled (a second guard behind {@link #callsService}) and the timeout.
     */
    private <T> T run(Query query, Function<QueryExec, T> answer) {
        try {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExec exec = QueryExec.dataset(store.dataset().asDatasetGraph())
                        .query(query)
                        // TDB2 applies a dataset description (FROM, FROM NAMED) itself, as a view of just the
                        // graphs it names (nothing is fetched), but only when the union does not override it.
                        .set(TDB2.symUnionDefaultGraph, !query.hasDatasetDescription())
                        .set(Service.httpServiceAllowed, false)
                        .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                        .build()) {
                    return answer.apply(exec);
                }
            });
        } catch (QueryCancelledException e) {
            throw new SparqlException(SparqlException.Reason.TIMEOUT,
                    "The query ran longer than " + timeoutMillis / 1000.0 + " s and was stopped.");
        } catch (QueryDeniedException e) {
            throw new SparqlException(SparqlException.Reason.SERVICE,
                    "SERVICE is not allowed: this endpoint does not call other endpoints.");
        }
    }

    /**
     * Lets the query ask for at most one row more than the limit (the extra row tells that there was more). ASK
     * needs no limit; CONSTRUCT's and DESCRIBE's limit counts solutions, not triples, so their triples are also
     * counted as they come.
     */
    private void capLimit(Query query) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > resultLimit)) {
            query.setLimit(resultLimit + 1L);
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (QueryParseException e) {
            return false;
        }
    }

    /** Looks for SERVICE anywhere: in the pattern, sub-queries, and EXISTS / NOT EXISTS inside expressions. */
    private static boolean callsService(Query query) {
        if (query.getQueryPattern() == null) {
            return false; // DESCRIBE <iri> without WHERE
        }
        boolean[] found = {false};
        Walker.walk(Algebra.compile(query.getQueryPattern()), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        return found[0];
    }
}
