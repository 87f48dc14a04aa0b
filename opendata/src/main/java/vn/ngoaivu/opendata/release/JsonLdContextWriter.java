package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON-LD context document the JSON-LD distribution refers to: {@code {"@context": {prefix: namespace}}}, the
 * prefixes of its compact IRIs. It is written into each release, so a release's JSON-LD always expands as it did
 * when published, whatever later releases' prefixes are.
 */
public final class JsonLdContextWriter implements DistributionWriter {

    private final JsonLdCompactIris compactIris;

    public JsonLdContextWriter(Prefixes prefixes) {
        this.compactIris = new JsonLdCompactIris(prefixes);
    }

    @Override
    public DistributionFormat format() {
        return DistributionFormat.JSON_LD_CONTEXT;
    }

    @Override
    public long writeContent(ReleaseSource source, OutputStream out) throws IOException {
        Writer writer = TextOutput.utf8(out);
        writer.write("{\n  \"@context\": {");
        String separator = "\n    ";
        for (Map.Entry<String, String> prefix : compactIris.prefixes().entrySet()) {
            writer.write(separator);
            JsonText.key(writer, prefix.getKey());
            JsonText.string(writer, prefix.getValue());
            separator = ",\n    ";
        }
        writer.write("\n  }\n}\n");
        writer.flush();
        return 0;
    }
}
