package vn.ngoaivu.opendata.catalog;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import vn.ngoaivu.ontology.Concept;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.dataset.Department;
import vn.ngoaivu.opendata.release.Distribution;
import vn.ngoaivu.opendata.release.Release;
import vn.ngoaivu.opendata.release.ReleaseUrls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The DCAT-AP 3 catalog of the department's open data: each dataset is a {@code dcat:DatasetSeries} whose releases
 * are {@code dcat:Dataset}s {@code dcat:inSeries} it, each release with one {@code dcat:Distribution} per format.
 * Every linked node states its class (agent, licence, media type, frequency, location, period, contact), because
 * DCAT-AP's range shapes check classes and SHACL infers none.
 */
public final class DcatCatalog {

    static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String DCAT3 = DCAT.NS;
    private static final String DCATAP = "http://data.europa.eu/r5r/";

    private final Ontology ontology;
    private final Department department;
    private final ReleaseUrls urls;
    private Model model;

    /** @param urls where the releases' files are downloaded from */
    public DcatCatalog(Ontology ontology, Department department, ReleaseUrls urls) {
        if (!ontology.baseUri().equals(department.baseUri())) {
            throw new IllegalArgumentException("the ontology and the department have different base URIs");
        }
        this.ontology = ontology;
        this.department = department;
        this.urls = urls;
    }

    /** The catalog's IRI, {@code {base}id/catalog} (its document is served at {@code /catalog}). */
    public String catalogIri() {
        return department.baseUri() + "id/catalog";
    }

    /** A dataset series' IRI (the dataset across its releases), {@code {base}id/dataset/{id}}. */
    public String seriesIri(String datasetId) {
        return department.baseUri() + "id/dataset/" + datasetId;
    }

    /** A release's IRI, {@code {base}id/dataset/{id}/{number}}. */
    public String releaseIri(String datasetId, int number) {
        return seriesIri(datasetId) + "/" + number;
    }

    /** Builds the catalog of {@code definitions} with their {@code releases} (in any order). Not thread-safe. */
    public synchronized Model build(List<DatasetDefinition> definitions, List<Release> releases) {
        model = ModelFactory.createDefaultModel();
        prefixes();
        Resource catalog = model.createResource(catalogIri(), DCAT.Catalog);
        bilingual(catalog, DCTerms.title, "Dữ liệu mở của " + department.nameVi(), "Open data of the " + department.nameEn());
        bilingual(catalog, DCTerms.description,
                "Danh mục dữ liệu mở về đối ngoại của " + department.nameVi() + ", theo hồ sơ DCAT-AP 3.",
                "The foreign-affairs open data catalog of the " + department.nameEn() + ", described with DCAT-AP 3.");
        catalog.addProperty(DCTerms.publisher, publisher());
        catalog.addProperty(FOAF.homepage, document(department.homepage()));
        catalog.addProperty(DCTerms.license, license(DatasetDefinition.CC_BY_4_0));
        catalog.addProperty(DCTerms.spatial, location(EuVocabularies.COUNTRY_VIETNAM));
        languages(catalog);
        catalog.addProperty(DCAT.themeTaxonomy, scheme(EuVocabularies.DATA_THEME, null, "Data theme"));
        catalog.addProperty(DCAT.themeTaxonomy, ownThemeScheme());
        releases.stream().map(Release::issued).min(Comparator.naturalOrder())
                .ifPresent(first -> catalog.addProperty(DCTerms.issued, dateTime(first)));
        releases.stream().map(Release::issued).max(Comparator.naturalOrder())
                .ifPresent(latest -> catalog.addProperty(DCTerms.modified, dateTime(latest)));
        for (DatasetDefinition definition : definitions) {
            List<Release> own = releases.stream().filter(r -> r.datasetId().equals(definition.id()))
                    .sorted(Comparator.comparingInt(Release::number)).toList();
            Resource series = series(definition, own);
            catalog.addProperty(DCAT.dataset, series);
            for (Release release : own) {
                catalog.addProperty(DCAT.dataset, release(definition, release, series));
            }
        }
        Model built = model;
        model = null;
        return built;
    }

    private Resource series(DatasetDefinition definition, List<Release> releases) {
        Resource series = model.createResource(seriesIri(definition.id()));
        // A series is a dcat:Dataset too (DCAT 3); stated, since the catalog's dcat:dataset range is checked.
        series.addProperty(RDF.type, model.createResource(DCAT3 + "DatasetSeries")).addProperty(RDF.type, DCAT.Dataset);
        bilingual(series, DCTerms.title, definition.titleVi(), definition.titleEn());
        bilingual(series, DCTerms.description, definition.descriptionVi(), definition.descriptionEn());
        series.addProperty(DCTerms.identifier, definition.id());
        describe(series, definition);
        if (!releases.isEmpty()) {
            series.addProperty(DCTerms.issued, dateTime(releases.get(0).issued()));
            series.addProperty(DCTerms.modified, dateTime(releases.get(releases.size() - 1).issued()));
        }
        return series;
    }

    private Resource release(DatasetDefinition definition, Release release, Resource series) {
        Resource dataset = model.createResource(releaseIri(definition.id(), release.number()), DCAT.Dataset);
        bilingual(dataset, DCTerms.title, definition.titleVi() + " — bản phát hành " + release.number(),
                definition.titleEn() + " — release " + release.number());
        bilingual(dataset, DCTerms.description, definition.descriptionVi(), definition.descriptionEn());
        dataset.addProperty(DCTerms.identifier, definition.id() + "/" + release.number());
        dataset.addProperty(property(DCAT3 + "inSeries"), series);
        dataset.addProperty(property(DCAT3 + "version"), Integer.toString(release.number()));
        dataset.addProperty(DCTerms.issued, dateTime(release.issued()));
        describe(dataset, definition);
        for (Distribution file : release.distributions()) {
            // The JSON-LD context and the CSVW metadata describe distributions; they are not distributions.
            EuVocabularies.fileType(file.format()).ifPresent(fileType ->
                    dataset.addProperty(DCAT.distribution, distribution(definition, release, file, fileType)));
        }
        return dataset;
    }

    /** What series and releases share: themes, keywords, publisher, contact, frequency, coverage, access. */
    private void describe(Resource dataset, DatasetDefinition definition) {
        for (String theme : definition.themes()) {
            Concept concept = ontology.schemes().concept(Scheme.DATASET_THEME, theme)
                    .orElseThrow(() -> new IllegalArgumentException(definition.id() + ": unknown theme " + theme));
            dataset.addProperty(DCAT.theme, ownTheme(concept));
            euThemes(concept).forEach(eu -> dataset.addProperty(DCAT.theme, eu));
        }
        definition.keywordsVi().forEach(k -> dataset.addProperty(DCAT.keyword, k, "vi"));
        definition.keywordsEn().forEach(k -> dataset.addProperty(DCAT.keyword, k, "en"));
        dataset.addProperty(DCTerms.publisher, publisher());
        dataset.addProperty(DCAT.contactPoint, contactPoint());
        dataset.addProperty(DCTerms.accrualPeriodicity,
                model.createResource(definition.frequency().iri(), DCTerms.Frequency));
        dataset.addProperty(DCTerms.spatial, location(EuVocabularies.COUNTRY_VIETNAM));
        Resource province = location(department.provinceIri());
        province.addProperty(RDFS.label, department.provinceName(), "vi");
        dataset.addProperty(DCTerms.spatial, province);
        Resource period = model.createResource(DCTerms.PeriodOfTime);
        period.addProperty(DCAT.startDate, definition.temporal().start().toString(), XSDDatatype.XSDdate);
        definition.temporal().end().ifPresent(end -> period.addProperty(DCAT.endDate, end.toString(), XSDDatatype.XSDdate));
        dataset.addProperty(DCTerms.temporal, period);
        // Open under the Law on Data: public access, in the EU access-right vocabulary.
        dataset.addProperty(DCTerms.accessRights, model.createResource(EuVocabularies.ACCESS_PUBLIC, DCTerms.RightsStatement));
        languages(dataset);
    }

    private Resource distribution(DatasetDefinition definition, Release release, Distribution file, String fileType) {
        String suffix = file.format().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Resource distribution = model.createResource(releaseIri(definition.id(), release.number()) + "/" + suffix,
                DCAT.Distribution);
        bilingual(distribution, DCTerms.title, definition.titleVi() + " (" + file.format().mediaType() + ")",
                definition.titleEn() + " (" + file.format().mediaType() + ")");
        bilingual(distribution, DCTerms.description,
                "Bản phát hành " + release.number() + " của bộ dữ liệu, định dạng " + file.format().mediaType() + ".",
                "Release " + release.number() + " of the dataset, as " + file.format().mediaType() + ".");
        // Releases are kept once published: their files stay at the same address.
        distribution.addProperty(model.createProperty(DCATAP + "availability"),
                concept(EuVocabularies.AVAILABILITY_STABLE, EuVocabularies.AVAILABILITY_SCHEME, "stable"));
        Resource url = model.createResource(urls.file(release.datasetId(), release.number(), file.fileName()));
        distribution.addProperty(DCAT.accessURL, url).addProperty(DCAT.downloadURL, url);
        distribution.addProperty(DCAT.mediaType,
                model.createResource(EuVocabularies.IANA_MEDIA_TYPES + file.mediaType(), DCTerms.MediaType));
        distribution.addProperty(DCTerms.format, model.createResource(fileType, DCTerms.MediaTypeOrExtent));
        distribution.addProperty(DCAT.byteSize, Long.toString(file.byteSize()), XSDDatatype.XSDnonNegativeInteger);
        Resource checksum = model.createResource(model.createResource(SPDX + "Checksum"));
        checksum.addProperty(property(SPDX + "algorithm"), model.createResource(SPDX + "checksumAlgorithm_sha256"));
        checksum.addProperty(property(SPDX + "checksumValue"), file.sha256(), XSDDatatype.XSDhexBinary);
        distribution.addProperty(property(SPDX + "checksum"), checksum);
        distribution.addProperty(DCTerms.license, license(definition.license()));
        distribution.addProperty(DCTerms.issued, dateTime(release.issued()));
        return distribution;
    }

    private Resource publisher() {
        Resource agent = model.createResource(department.iri(), FOAF.Agent);
        if (!agent.hasProperty(FOAF.name)) {
            agent.addProperty(RDF.type, FOAF.Organization);
            bilingual(agent, FOAF.name, department.nameVi(), department.nameEn());
            agent.addProperty(DCTerms.type, concept(EuVocabularies.REGIONAL_AUTHORITY, EuVocabularies.PUBLISHER_TYPE_SCHEME,
                    "Regional authority"));
            agent.addProperty(FOAF.homepage, document(department.homepage()));
        }
        return agent;
    }

    private Resource contactPoint() {
        Resource contact = model.createResource(department.iri() + "#contact-point", VCARD4.Organization);
        if (!contact.hasProperty(VCARD4.fn)) {
            contact.addProperty(RDF.type, VCARD4.Kind);
            bilingual(contact, VCARD4.fn, department.nameVi(), department.nameEn());
            contact.addProperty(VCARD4.hasEmail, model.createResource("mailto:" + department.email()));
            department.telephone().ifPresent(phone ->
                    contact.addProperty(VCARD4.hasTelephone, model.createResource("tel:" + phone.replaceAll("[^+0-9]", ""))));
            contact.addProperty(VCARD4.hasURL, model.createResource(department.homepage()));
        }
        return contact;
    }

    private Resource license(String iri) {
        Resource license = model.createResource(iri, DCTerms.LicenseDocument);
        if (!license.hasProperty(DCTerms.type)) {
            license.addProperty(DCTerms.type, concept(EuVocabularies.ATTRIBUTION, EuVocabularies.LICENCE_TYPE_SCHEME, "Attribution"));
        }
        return license;
    }

    private Resource ownTheme(Concept theme) {
        Resource concept = model.createResource(theme.iri(), SKOS.Concept);
        if (!concept.hasProperty(SKOS.prefLabel)) {
            bilingual(concept, SKOS.prefLabel, theme.labelVi(), theme.labelEn());
            concept.addProperty(SKOS.inScheme, ownThemeScheme());
        }
        return concept;
    }

    /** The EU data themes a platform theme is mapped to (skos:exactMatch or skos:closeMatch in its scheme). */
    private List<Resource> euThemes(Concept theme) {
        Model scheme = ontology.schemeModel(Scheme.DATASET_THEME);
        Resource source = scheme.getResource(theme.iri());
        List<Resource> themes = new ArrayList<>();
        for (Property match : List.of(SKOS.exactMatch, SKOS.closeMatch)) {
            for (RDFNode eu : scheme.listObjectsOfProperty(source, match).toList()) {
                String code = eu.asResource().getURI().substring(EuVocabularies.DATA_THEME.length() + 1);
                themes.add(concept(eu.asResource().getURI(), EuVocabularies.DATA_THEME, EuVocabularies.THEMES.get(code)));
            }
        }
        return themes;
    }

    private Resource ownThemeScheme() {
        String iri = ontology.schemeIri(Scheme.DATASET_THEME);
        return scheme(iri, "Chủ đề dữ liệu", "Dataset themes");
    }

    private Resource scheme(String iri, String titleVi, String titleEn) {
        Resource scheme = model.createResource(iri, SKOS.ConceptScheme);
        if (!scheme.hasProperty(DCTerms.title)) {
            if (titleVi != null) {
                scheme.addProperty(DCTerms.title, titleVi, "vi");
            }
            scheme.addProperty(DCTerms.title, titleEn, "en");
        }
        return scheme;
    }

    private Resource concept(String iri, String schemeIri, String labelEn) {
        Resource concept = model.createResource(iri, SKOS.Concept);
        if (!concept.hasProperty(SKOS.prefLabel)) {
            concept.addProperty(SKOS.prefLabel, labelEn, "en");
            concept.addProperty(SKOS.inScheme, model.createResource(schemeIri));
        }
        return concept;
    }

    private Resource location(String iri) {
        return model.createResource(iri, DCTerms.Location);
    }

    private Resource document(String iri) {
        return model.createResource(iri, FOAF.Document);
    }

    private void languages(Resource resource) {
        for (String code : List.of("VIE", "ENG")) {
            resource.addProperty(DCTerms.language, model.createResource(EuVocabularies.LANGUAGE + code, DCTerms.LinguisticSystem));
        }
    }

    private static void bilingual(Resource resource, Property property, String vi, String en) {
        resource.addProperty(property, vi, "vi").addProperty(property, en, "en");
    }

    private org.apache.jena.rdf.model.Literal dateTime(Instant instant) {
        return model.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private Property property(String iri) {
        return model.createProperty(iri);
    }

    private void prefixes() {
        model.setNsPrefix("dcat", DCAT.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("foaf", FOAF.NS);
        model.setNsPrefix("vcard", VCARD4.NS);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("spdx", SPDX);
        model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    }
}
