package vn.ngoaivu.opendata.catalog;

import java.util.Map;

/**
 * The EU controlled vocabularies the catalog points into, with the English labels DCAT-AP's shapes want on every
 * concept the catalog names (a {@code skos:Concept} needs a {@code skos:prefLabel}).
 */
final class EuVocabularies {

    static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    static final String DATA_THEME = AUTHORITY + "data-theme";
    static final String COUNTRY_VIETNAM = AUTHORITY + "country/VNM";
    static final String ACCESS_PUBLIC = AUTHORITY + "access-right/PUBLIC";
    static final String LANGUAGE = AUTHORITY + "language/";
    static final String AVAILABILITY_SCHEME = AUTHORITY + "planned-availability";
    static final String AVAILABILITY_STABLE = AVAILABILITY_SCHEME + "/STABLE";
    static final String PUBLISHER_TYPE_SCHEME = "http://purl.org/adms/publishertype/1.0";
    static final String REGIONAL_AUTHORITY = "http://purl.org/adms/publishertype/RegionalAuthority";
    static final String LICENCE_TYPE_SCHEME = "http://purl.org/adms/licencetype/1.0";
    static final String ATTRIBUTION = "http://purl.org/adms/licencetype/Attribution";
    static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    /** The EU file-type concept of a distribution format ({@code dct:format}); empty for the describing documents. */
    static java.util.Optional<String> fileType(vn.ngoaivu.opendata.release.DistributionFormat format) {
        String code = switch (format) {
            case CSV -> "CSV";
            case JSON -> "JSON";
            case TURTLE -> "RDF_TURTLE";
            case JSON_LD -> "JSON_LD";
            case N_TRIPLES -> "RDF_N_TRIPLES";
            case RDF_XML -> "RDF_XML";
            case CSVW_METADATA, JSON_LD_CONTEXT -> null;
        };
        return java.util.Optional.ofNullable(code).map(c -> AUTHORITY + "file-type/" + c);
    }

    /** The EU data themes by code, as the Publications Office labels them. */
    static final Map<String, String> THEMES = Map.ofEntries(
            Map.entry("AGRI", "Agriculture, fisheries, forestry and food"),
            Map.entry("ECON", "Economy and finance"),
            Map.entry("EDUC", "Education, culture and sport"),
            Map.entry("ENER", "Energy"),
            Map.entry("ENVI", "Environment"),
            Map.entry("GOVE", "Government and public sector"),
            Map.entry("HEAL", "Health"),
            Map.entry("INTR", "International issues"),
            Map.entry("JUST", "Justice, legal system and public safety"),
            Map.entry("REGI", "Regions and cities"),
            Map.entry("SOCI", "Population and society"),
            Map.entry("TECH", "Science and technology"),
            Map.entry("TRAN", "Transport"));

    private EuVocabularies() {
    }
}
