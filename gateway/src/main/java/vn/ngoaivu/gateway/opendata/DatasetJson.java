package vn.ngoaivu.gateway.opendata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.publish.DownloadCounts;
import vn.ngoaivu.opendata.publish.OpenData;
import vn.ngoaivu.opendata.release.Distribution;
import vn.ngoaivu.opendata.release.DistributionFormat;
import vn.ngoaivu.opendata.release.Release;
import vn.ngoaivu.opendata.release.ReleaseUrls;

import java.util.Map;

/** Datasets and releases as the open-data JSON API shows them. */
final class DatasetJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenData openData;
    private final ReleaseUrls urls;
    private final DownloadCounts counts;

    DatasetJson(OpenData openData, ReleaseUrls urls, DownloadCounts counts) {
        this.openData = openData;
        this.urls = urls;
        this.counts = counts;
    }

    ObjectNode dataset(DatasetDefinition d) {
        ObjectNode out = NODES.objectNode();
        out.put("id", d.id());
        out.put("uri", openData.catalogIris().seriesIri(d.id()));
        out.putObject("title").put("vi", d.titleVi()).put("en", d.titleEn());
        out.putObject("description").put("vi", d.descriptionVi()).put("en", d.descriptionEn());
        d.themes().forEach(out.putArray("themes")::add);
        ObjectNode keywords = out.putObject("keywords");
        d.keywordsVi().forEach(keywords.putArray("vi")::add);
        d.keywordsEn().forEach(keywords.putArray("en")::add);
        out.put("license", d.license());
        out.put("accrualPeriodicity", d.frequency().iri());
        out.putObject("temporal").put("start", d.temporal().start().toString())
                .put("end", d.temporal().end().map(Object::toString).orElse(null));
        out.put("classification", "open");
        ArrayNode columns = out.putArray("columns");
        d.columns().forEach(c -> columns.addObject().put("name", c.name()).put("titleVi", c.titleVi())
                .put("titleEn", c.titleEn()).put("datatype", c.datatype()).put("propertyUrl", c.propertyUrl()));
        openData.latest(d.id()).ifPresent(r -> out.set("latestRelease", release(r)));
        return out;
    }

    ObjectNode release(Release r) {
        ObjectNode out = NODES.objectNode();
        out.put("dataset", r.datasetId());
        out.put("number", r.number());
        out.put("uri", openData.catalogIris().releaseIri(r.datasetId(), r.number()));
        out.put("issued", r.issued().toString());
        out.put("triples", r.triples());
        out.put("rows", r.rows());
        Map<DistributionFormat, Long> downloads = counts.of(r.datasetId(), r.number());
        ArrayNode files = out.putArray("distributions");
        for (Distribution f : r.distributions()) {
            files.addObject().put("format", f.format().token()).put("mediaType", f.mediaType())
                    .put("url", urls.file(r.datasetId(), r.number(), f.fileName()))
                    .put("latestUrl", urls.latest(r.datasetId(), f.fileName()))
                    .put("byteSize", f.byteSize()).put("sha256", f.sha256()).put("count", f.count())
                    .put("downloads", downloads.getOrDefault(f.format(), 0L));
        }
        return out;
    }
}
