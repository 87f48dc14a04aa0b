package vn.ngoaivu.opendata.release;

import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.riot.system.StreamRDF;

/** Release sources made of lambdas, for tests that need a particular one. */
final class TestSources {

    private TestSources() {
    }

    static ReleaseSource of(Consumer<StreamRDF> triples, List<Column> columns, Consumer<Consumer<List<String>>> rows) {
        return new ReleaseSource() {
            @Override
            public void triples(StreamRDF sink) {
                triples.accept(sink);
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public void rows(Consumer<List<String>> sink) {
                rows.accept(sink);
            }
        };
    }

    /** Triples only, no table. */
    static ReleaseSource triples(Consumer<StreamRDF> triples) {
        return of(triples, List.of(), sink -> { });
    }
}
