package vn.ngoaivu.opendata.dataset;

import vn.ngoaivu.ontology.Ontology;

import javax.sql.DataSource;
import java.util.Objects;

/**
 * What a dataset's source reads from: the registry's database (plain SQL, streamed), the ontology loaded for the
 * instance's base URI (IRIs of terms and concepts) and the department.
 */
public record SourceContext(DataSource dataSource, Ontology ontology, Department department) {

    public SourceContext {
        Objects.requireNonNull(dataSource);
        Objects.requireNonNull(ontology);
        Objects.requireNonNull(department);
        if (!ontology.baseUri().equals(department.baseUri())) {
            throw new IllegalArgumentException("the ontology and the department have different base URIs");
        }
    }

    public Iris iris() {
        return new Iris(ontology);
    }
}
