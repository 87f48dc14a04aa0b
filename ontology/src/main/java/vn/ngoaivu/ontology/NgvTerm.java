package vn.ngoaivu.ontology;

/**
 * A term minted in the ngv: vocabulary ({@code ngv.ttl}). Its IRI depends on the province's base URI,
 * so a term only knows its local name; {@link Ontology#termIri(NgvTerm)} gives the full IRI.
 */
public sealed interface NgvTerm permits NgvClass, NgvProperty {

    /** The local name after {@code def/ngv#}, e.g. {@code Expert} or {@code residenceCountry}. */
    String localName();
}
