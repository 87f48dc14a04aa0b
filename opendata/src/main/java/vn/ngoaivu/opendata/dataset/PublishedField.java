package vn.ngoaivu.opendata.dataset;

import vn.ngoaivu.opendata.release.Column;

import java.util.Objects;

/** A column of a dataset together with where its values come from (for the privacy gate). */
public record PublishedField(Column column, FieldOrigin origin) {

    public PublishedField {
        Objects.requireNonNull(column);
        Objects.requireNonNull(origin);
    }
}
