package vn.ngoaivu.opendata.release;

import org.apache.jena.riot.system.StreamRDF;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a release of a dataset is written from: its triples and the same data as a table, each streamed (a source
 * never holds the dataset in memory; it may be read more than once, once per distribution format).
 */
public interface ReleaseSource {

    /** Streams every triple of the release into {@code sink} (start/finish are the caller's). */
    void triples(StreamRDF sink);

    /** The table's columns, in order: for the CSV, the JSON and the CSV on the Web metadata. */
    List<Column> columns();

    /** Streams the rows: one value per column, in column order; {@code null} for an empty cell. */
    void rows(Consumer<List<String>> sink);
}
