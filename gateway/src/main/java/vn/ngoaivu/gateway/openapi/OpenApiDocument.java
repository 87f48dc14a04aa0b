package vn.ngoaivu.gateway.openapi;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.smallrye.openapi.api.util.MergeUtil;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The platform's OpenAPI 3.1 document, merged with SmallRye OpenAPI from the YAML fragment that each
 * capability keeps beside its routes (design first: the fragments are written by hand, and a test holds
 * them and the route table to each other). Built once at start-up.
 */
public final class OpenApiDocument {

    private final OpenAPI model;
    private final String yaml;
    private final String json;

    private OpenApiDocument(OpenAPI model, String yaml, String json) {
        this.model = model;
        this.yaml = yaml;
        this.json = json;
    }

    /**
     * @param fragments class-path resources of the YAML fragments, the first holding the document's info
     * @param version   the platform's version, written into {@code info.version}
     */
    public static OpenApiDocument build(List<String> fragments, String version) {
        OpenAPI merged = null;
        for (String fragment : fragments) {
            OpenAPI part = builder().withCustomStaticFile(() -> open(fragment)).build().model();
            merged = merged == null ? part : MergeUtil.merge(merged, part);
        }
        if (merged == null) {
            throw new IllegalArgumentException("no OpenAPI fragments");
        }
        merged.setOpenapi("3.1.0");
        merged.getInfo().setVersion(version);
        SmallRyeOpenAPI document = builder().withInitialModel(merged).build();
        return new OpenApiDocument(document.model(), document.toYAML(), document.toJSON());
    }

    private static SmallRyeOpenAPI.Builder builder() {
        return SmallRyeOpenAPI.builder()
                .withConfig(new EmptyMicroProfileConfig())
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(false);
    }

    private static InputStream open(String resource) {
        InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("OpenAPI fragment not on the class path: " + resource);
        }
        return in;
    }

    public String yaml() {
        return yaml;
    }

    public String json() {
        return json;
    }

    /** Every documented operation as "METHOD /path/{param}", for the test that holds routes and document together. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        if (model.getPaths() == null) {
            return operations;
        }
        model.getPaths().getPathItems().forEach((path, item) -> {
            for (PathItem.HttpMethod method : item.getOperations().keySet()) {
                operations.add(method.name() + " " + path);
            }
        });
        return operations;
    }
}
