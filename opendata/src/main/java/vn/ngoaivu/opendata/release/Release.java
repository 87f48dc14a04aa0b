package vn.ngoaivu.opendata.release;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A written release of a dataset, as its manifest ({@code release.json}) records it.
 *
 * @param datasetId     the dataset's identifier
 * @param number        the release's number in the dataset's series, from 1
 * @param issued        when it was written
 * @param triples       how many triples each RDF distribution holds
 * @param rows          how many rows the CSV and the JSON hold
 * @param distributions every file of the release but the manifest, in {@link DistributionFormat} order
 */
public record Release(String datasetId, int number, Instant issued, long triples, long rows,
                      List<Distribution> distributions) {

    public Release {
        Objects.requireNonNull(datasetId);
        Objects.requireNonNull(issued);
        distributions = List.copyOf(distributions);
    }

    public Optional<Distribution> distribution(DistributionFormat format) {
        return distributions.stream().filter(distribution -> distribution.format() == format).findFirst();
    }
}
