package vn.ngoaivu.ontology;

/**
 * Namespaces of the standard vocabularies the platform uses and that Jena has no vocabulary class
 * for. Use Jena's classes for the others: {@code DCAT}, {@code DCTerms}, {@code SKOS}, {@code ORG},
 * {@code VCARD4} (vCard 2006), {@code OWL}, {@code RDFS}, {@code XSD}, {@code org.apache.jena.sparql.vocabulary.FOAF}
 * and {@code org.apache.jena.shacl.vocabulary.SHACL}.
 */
public final class Namespaces {

    /**
     * schema.org with the http scheme, as the ontology and DCAT-AP use it. Jena's {@code SchemaDO}
     * uses https://schema.org/, which names different IRIs.
     */
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** European Legislation Identifier ontology. */
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String ADMS = "http://www.w3.org/ns/adms#";
    /** W3C Data Privacy Vocabulary. */
    public static final String DPV = "https://w3id.org/dpv#";
    /** RDF Data Cube. */
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String SDMX_MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#";
    public static final String VANN = "http://purl.org/vocab/vann/";

    private Namespaces() {
    }
}
