package vn.ngoaivu.opendata.dataset;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import vn.ngoaivu.ontology.Namespaces;

/** The standard terms the sources write that Jena has no constant for (schema.org over http, ELI, Data Cube). */
public final class Vocab {

    public static final Node RDF_TYPE = org.apache.jena.vocabulary.RDF.type.asNode();
    public static final Node FOAF_NAME = FOAF.name.asNode();
    public static final Node SCHEMA_START_DATE = schema("startDate");
    public static final Node SCHEMA_END_DATE = schema("endDate");
    public static final Node SCHEMA_ALTERNATE_NAME = schema("alternateName");
    public static final Node SCHEMA_KNOWS_LANGUAGE = schema("knowsLanguage");
    public static final Node SCHEMA_ATTENDANCE_MODE = schema("eventAttendanceMode");
    public static final Node ELI_DATE_DOCUMENT = NodeFactory.createURI(Namespaces.ELI + "date_document");
    public static final Node ELI_ID_LOCAL = NodeFactory.createURI(Namespaces.ELI + "id_local");
    public static final Node ELI_TYPE_DOCUMENT = NodeFactory.createURI(Namespaces.ELI + "type_document");
    public static final Node QB_DATA_SET = NodeFactory.createURI(Namespaces.QB + "dataSet");
    public static final Node QB_OBSERVATION = NodeFactory.createURI(Namespaces.QB + "Observation");

    private Vocab() {
    }

    public static Node schema(String localName) {
        return NodeFactory.createURI(Namespaces.SCHEMA + localName);
    }
}
