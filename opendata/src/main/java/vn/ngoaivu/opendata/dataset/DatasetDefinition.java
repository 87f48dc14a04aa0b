package vn.ngoaivu.opendata.dataset;

import vn.ngoaivu.opendata.release.Column;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One open dataset of the catalog: what DCAT-AP describes about it, the columns it publishes with their origin, and
 * the factory of its source over the registry.
 *
 * @param id             stable identifier, lower-case words with dashes: the last segment of its IRIs
 * @param themes         notations of the ontology's dataset-theme scheme (each maps to an EU data theme)
 * @param license        the licence's IRI (CC BY 4.0 unless said otherwise)
 * @param classification the class under the Law on Data: only {@link DataClassification#OPEN} is accepted
 * @param fields         the published columns in order, each with where its values come from
 * @param peopleStatistics whether the dataset counts people (cells below the k-anonymity threshold are suppressed)
 */
public record DatasetDefinition(String id, String titleVi, String titleEn, String descriptionVi, String descriptionEn,
                                List<String> themes, List<String> keywordsVi, List<String> keywordsEn,
                                Frequency frequency, Period temporal, String license, DataClassification classification,
                                List<PublishedField> fields, boolean peopleStatistics, SourceFactory source) {

    /** Creative Commons Attribution 4.0, as the EU licence vocabulary names it. */
    public static final String CC_BY_4_0 = "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public DatasetDefinition {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("dataset id must be lower-case words with dashes: " + id);
        }
        for (String text : List.of(titleVi, titleEn, descriptionVi, descriptionEn)) {
            if (text.isBlank()) {
                throw new IllegalArgumentException(id + ": titles and descriptions are required in vi and en");
            }
        }
        if (classification != DataClassification.OPEN) {
            throw new IllegalArgumentException(id + ": only datasets classified as open (Law on Data) are published, not "
                    + classification);
        }
        if (themes.isEmpty()) {
            throw new IllegalArgumentException(id + ": at least one theme");
        }
        themes = List.copyOf(themes);
        keywordsVi = List.copyOf(keywordsVi);
        keywordsEn = List.copyOf(keywordsEn);
        Objects.requireNonNull(frequency);
        Objects.requireNonNull(temporal);
        Objects.requireNonNull(license);
        fields = List.copyOf(fields);
        Objects.requireNonNull(source);
    }

    /**
     * Whether the dataset publishes data about identifiable people (the expert directory, with consent). Only its
     * latest release is served: a person who withdraws consent or is erased leaves the published data with the next
     * release, and earlier releases are no longer handed out.
     */
    public boolean aboutPeople() {
        return fields.stream().anyMatch(f -> f.origin().personal());
    }

    /** The columns of the dataset's table, in order. */
    public List<Column> columns() {
        return fields.stream().map(PublishedField::column).toList();
    }

    /** The same definition reading from another source: for tests and for a department's own overrides. */
    public DatasetDefinition withSource(List<PublishedField> otherFields, SourceFactory otherSource) {
        return new DatasetDefinition(id, titleVi, titleEn, descriptionVi, descriptionEn, themes, keywordsVi, keywordsEn,
                frequency, temporal, license, classification, otherFields, peopleStatistics, otherSource);
    }
}
