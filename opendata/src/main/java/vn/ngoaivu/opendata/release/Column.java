package vn.ngoaivu.opendata.release;

import java.util.Objects;

/**
 * A column of a dataset's table, as CSV on the Web describes it.
 *
 * @param name        the CSV header and JSON member (lower camel case)
 * @param titleVi     the column's title in Vietnamese
 * @param titleEn     the same in English
 * @param datatype    a CSVW/XSD datatype name: string, integer, decimal, date, dateTime, anyURI, boolean
 * @param propertyUrl the RDF property the column stands for (absolute IRI)
 */
public record Column(String name, String titleVi, String titleEn, String datatype, String propertyUrl) {

    public Column {
        Objects.requireNonNull(name);
        Objects.requireNonNull(titleVi);
        Objects.requireNonNull(titleEn);
        Objects.requireNonNull(datatype);
        Objects.requireNonNull(propertyUrl);
    }
}
