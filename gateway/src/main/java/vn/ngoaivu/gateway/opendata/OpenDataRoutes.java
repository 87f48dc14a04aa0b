package vn.ngoaivu.gateway.opendata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.http.QueryParameters;
import vn.ngoaivu.gateway.http.Text;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.gateway.security.Role;
import vn.ngoaivu.ontology.ValidationReport;
import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.privacy.PrivacyReport;
import vn.ngoaivu.opendata.privacy.PublicationBlocked;
import vn.ngoaivu.opendata.publish.OpenData;
import vn.ngoaivu.opendata.release.DistributionFormat;
import vn.ngoaivu.opendata.release.Release;
import vn.ngoaivu.opendata.release.StoredDistribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/opendata}: the datasets, their releases and the records of the latest release, as JSON, for anyone;
 * publication of a new release for leaders and administrators.
 */
public final class OpenDataRoutes {

    static final String BASE = "/api/v1/opendata/datasets";

    private final OpenData openData;
    private final DatasetJson views;
    private final JsonBodies json;

    public OpenDataRoutes(OpenData openData, DatasetJson views, JsonBodies json) {
        this.openData = openData;
        this.views = views;
        this.json = json;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get(BASE, Access.anyone(), this::list),
                Endpoint.get(BASE + "/{id}", Access.anyone(), this::read),
                Endpoint.get(BASE + "/{id}/releases", Access.anyone(), this::releases),
                Endpoint.get(BASE + "/{id}/records", Access.anyone(), this::records),
                new Endpoint(Method.POST, BASE + "/{id}/releases", Access.only(Role.LEADER, Role.ADMIN),
                        java.util.Optional.empty(), this::publish));
    }

    private void list(ServerRequest req, ServerResponse res) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        openData.definitions().forEach(d -> items.add(views.dataset(d)));
        json.send(res, Status.OK_200, Map.of("items", items));
    }

    private void read(ServerRequest req, ServerResponse res) {
        json.send(res, Status.OK_200, views.dataset(definition(req)));
    }

    private void releases(ServerRequest req, ServerResponse res) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        openData.releases(definition(req).id()).reversed().forEach(r -> items.add(views.release(r)));
        json.send(res, Status.OK_200, Map.of("items", items));
    }

    /** The rows of the latest release, read from its JSON file as a stream: {@code offset}, {@code limit} ≤ 1,000. */
    private void records(ServerRequest req, ServerResponse res) {
        DatasetDefinition definition = definition(req);
        QueryParameters params = new QueryParameters(req);
        int offset = params.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = params.integer("limit", 100, 1, 1000);
        params.requireValid();
        Release latest = openData.latest(definition.id()).orElseThrow(() -> new ProblemException(Problem.of(
                ProblemType.NOT_FOUND, "Bộ dữ liệu chưa có bản phát hành.", "The dataset has no release yet.")));
        StoredDistribution file = openData.file(definition.id(), latest.number(), DistributionFormat.JSON).orElseThrow();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("release", latest.number());
        body.put("total", latest.rows());
        ArrayNode items = body.putArray("items");
        // One object at a time: the mapper's whole-document check for trailing tokens does not apply here.
        ObjectReader row = json.mapper().readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (InputStream in = Files.newInputStream(file.path()); JsonParser parser = json.mapper().createParser(in)) {
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() == JsonToken.START_OBJECT && items.size() < limit) {
                    if (index++ < offset) {
                        parser.skipChildren();
                    } else {
                        items.add((JsonNode) row.readValue(parser));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if ((long) offset + items.size() < latest.rows()) {
            body.put("next", params.linkWith(BASE + "/" + definition.id() + "/records", "offset",
                    Integer.toString(offset + items.size())));
        }
        json.send(res, Status.OK_200, body);
    }

    /** Publishes the next release; 422 with the gate's report when the privacy or the quality gate refuses it. */
    private void publish(ServerRequest req, ServerResponse res) {
        DatasetDefinition definition = definition(req);
        try {
            Release release = openData.publish(definition.id());
            res.header(HeaderNames.LOCATION, BASE + "/" + definition.id() + "/releases");
            json.send(res, Status.CREATED_201, views.release(release));
        } catch (PublicationBlocked e) {
            PrivacyReport report = e.report();
            throw new ProblemException(new Problem(ProblemType.VALIDATION_FAILED,
                    new Text("Không công bố được: cổng bảo vệ dữ liệu cá nhân chặn bộ dữ liệu " + definition.id() + ".",
                            "Not published: the privacy gate blocks dataset " + definition.id() + "."),
                    report.findings().stream().map(f -> new Problem.FieldError("/" + f.column(), f.reason().name().toLowerCase(),
                            new Text(f.count() + " giá trị của " + f.labelVi() + " " + f.reason().vi(),
                                    f.count() + " values of " + f.labelEn() + " " + f.reason().en()))).toList(), Map.of()));
        } catch (OpenData.QualityBlocked e) {
            ValidationReport report = e.report();
            throw new ProblemException(new Problem(ProblemType.VALIDATION_FAILED,
                    new Text("Không công bố được: vi phạm ràng buộc SHACL. " + e.getMessage(), "Not published: " + e.getMessage()),
                    report.violations().stream().limit(20).map(v -> new Problem.FieldError(v.focusNode(), "shacl",
                            new Text(v.message(), v.message()))).toList(), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DatasetDefinition definition(ServerRequest req) {
        return openData.definition(req.path().pathParameters().get("id")).orElseThrow(() -> new ProblemException(
                Problem.of(ProblemType.NOT_FOUND, "Không có bộ dữ liệu này.", "No such dataset.")));
    }
}
