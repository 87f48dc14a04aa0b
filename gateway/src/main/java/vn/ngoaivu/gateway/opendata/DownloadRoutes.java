package vn.ngoaivu.gateway.opendata;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.FileDownload;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.publish.DownloadCounts;
import vn.ngoaivu.opendata.publish.OpenData;
import vn.ngoaivu.opendata.release.DistributionFormat;
import vn.ngoaivu.opendata.release.Release;
import vn.ngoaivu.opendata.release.StoredDistribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code /data/{dataset}/{release}/{file}} and the stable {@code /data/{dataset}/latest/{file}}: the files of the
 * releases, for anyone, with ETag, Last-Modified, conditional and range requests and gzip; each download counted.
 */
public final class DownloadRoutes {

    static final String BASE = "/data";

    private final OpenData openData;
    private final DownloadCounts counts;

    public DownloadRoutes(OpenData openData, DownloadCounts counts) {
        this.openData = openData;
        this.counts = counts;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.get(BASE + "/{dataset}/{release}/{file}", Access.anyone(), this::download));
    }

    private void download(ServerRequest req, ServerResponse res) {
        String dataset = req.path().pathParameters().get("dataset");
        String release = req.path().pathParameters().get("release");
        String file = req.path().pathParameters().get("file");
        DistributionFormat format = Arrays.stream(DistributionFormat.values()).filter(f -> f.fileName().equals(file))
                .findFirst().orElseThrow(DownloadRoutes::notFound);
        DatasetDefinition definition = openData.definition(dataset).orElseThrow(DownloadRoutes::notFound);
        Optional<Release> latest = openData.latest(dataset);
        Release r = (release.equals("latest") ? latest : openData.release(dataset, parse(release)))
                .orElseThrow(DownloadRoutes::notFound);
        if (definition.aboutPeople() && latest.map(Release::number).orElse(0) != r.number()) {
            // Data about people is handed out in its latest release only: consent withdrawn or data erased since
            // an earlier release must not stay downloadable from it.
            throw new ProblemException(Problem.of(ProblemType.GONE, "Bản phát hành này đã được thay thế; hãy dùng bản mới nhất.",
                    "This release has been superseded; use the latest one.")
                    .withHeader("Link", "</data/" + dataset + "/latest/" + file + ">; rel=\"latest-version\""));
        }
        int n = r.number();
        StoredDistribution stored = openData.file(dataset, n, format).orElseThrow(DownloadRoutes::notFound);
        try {
            FileDownload.Outcome outcome = FileDownload.send(req, res, new FileDownload.Resource(stored.path(),
                    stored.distribution().mediaType() + "; charset=UTF-8", stored.distribution().sha256(), r.issued(),
                    stored.distribution().byteSize(), dataset + "-" + n + "-" + file));
            if (outcome == FileDownload.Outcome.FULL) {
                counts.increment(dataset, n, format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int parse(String release) {
        try {
            int n = Integer.parseInt(release);
            if (n < 1) {
                throw notFound();
            }
            return n;
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }

    private static ProblemException notFound() {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, "Không có tệp dữ liệu này.", "No such data file."));
    }
}
