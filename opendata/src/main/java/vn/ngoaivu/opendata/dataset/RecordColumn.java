package vn.ngoaivu.opendata.dataset;

import vn.ngoaivu.opendata.release.Column;

import java.util.Objects;

/**
 * One published column of a record dataset: which value of the record ({@link RecordRow#value}), how it becomes
 * RDF, and where it comes from for the privacy gate.
 *
 * @param source   a common column name or a field of the kind's details
 * @param property the RDF property (absolute IRI); the CSV on the Web metadata uses it too
 */
public record RecordColumn(Column column, String source, ValueKind kind, FieldOrigin origin) {

    public RecordColumn {
        Objects.requireNonNull(column);
        Objects.requireNonNull(source);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(origin);
    }

    public PublishedField published() {
        return new PublishedField(column, origin);
    }
}
