package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** A release's {@code release.json}: what {@link Release} holds, as JSON. */
final class ReleaseManifest {

    static final String FILE_NAME = "release.json";

    private ReleaseManifest() {
    }

    static void write(Release release, OutputStream out) throws IOException {
        Writer writer = TextOutput.utf8(out);
        writer.write("{\n  \"dataset\": ");
        JsonText.string(writer, release.datasetId());
        writer.write(",\n  \"number\": " + release.number());
        writer.write(",\n  \"issued\": ");
        JsonText.string(writer, release.issued().toString());
        writer.write(",\n  \"triples\": " + release.triples());
        writer.write(",\n  \"rows\": " + release.rows());
        writer.write(",\n  \"distributions\": [");
        List<Distribution> distributions = release.distributions();
        for (int i = 0; i < distributions.size(); i++) {
            Distribution distribution = distributions.get(i);
            writer.write(i == 0 ? "\n    {\"format\": " : ",\n    {\"format\": ");
            JsonText.string(writer, distribution.format().token());
            writer.write(", \"mediaType\": ");
            JsonText.string(writer, distribution.mediaType());
            writer.write(", \"fileName\": ");
            JsonText.string(writer, distribution.fileName());
            writer.write(", \"byteSize\": " + distribution.byteSize() + ", \"sha256\": ");
            JsonText.string(writer, distribution.sha256());
            writer.write(", \"count\": " + distribution.count() + '}');
        }
        writer.write("\n  ]\n}\n");
        writer.flush();
    }

    static Release read(InputStream in) {
        JsonObject manifest = JSON.parse(in);
        List<Distribution> distributions = manifest.getArray("distributions").map(JsonValue::getAsObject)
                .map(ReleaseManifest::distribution).toList();
        return new Release(manifest.getString("dataset"), manifest.getNumber("number").intValue(),
                Instant.parse(manifest.getString("issued")), manifest.getNumber("triples").longValue(),
                manifest.getNumber("rows").longValue(), distributions);
    }

    private static Distribution distribution(JsonObject json) {
        String token = json.getString("format");
        DistributionFormat format = DistributionFormat.fromToken(token)
                .orElseThrow(() -> new IllegalStateException("Unknown distribution format in manifest: " + token));
        return new Distribution(format, json.getString("mediaType"), json.getString("fileName"),
                json.getNumber("byteSize").longValue(), json.getString("sha256"), json.getNumber("count").longValue());
    }
}
