package vn.ngoaivu.gateway.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.ExternalTool;
import vn.ngoaivu.gateway.TestIdentities.Identity;
import vn.ngoaivu.gateway.TestPlatform;
import vn.ngoaivu.gateway.registry.ExpertsIT;
import vn.ngoaivu.gateway.registry.RecordsIT;
import vn.ngoaivu.ontology.ValidationReport;
import vn.ngoaivu.opendata.catalog.DcatValidator;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open-data site of the running platform: every dataset published over registry data made through the API, the
 * catalog checked with the official DCAT-AP shapes, every distribution parsed and its checksum and size compared,
 * downloads' conditional and range requests, Linked Data, the CKAN subset.
 */
@ExtendWith(TestPlatform.Extension.class)
class OpenDataSiteIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATASETS = "/api/v1/opendata/datasets";
    private static String consentedExpert;
    private static String privateExpert;

    /** Registry data, then a release of every dataset (once for the class). */
    @BeforeAll
    static void publishEverything(TestPlatform platform) throws Exception {
        consentedExpert = expert(platform, true);
        privateExpert = expert(platform, false);
        for (int i = 0; i < 3; i++) { // licensed conferences: approved ones only
            RecordsIT.create(platform, Identity.OFFICER_UNIT_A, RecordsIT.conference(RecordsIT.freshNumber())
                    .replace("{\"kind\": \"conference-permit\",", "{\"kind\": \"conference-permit\", \"status\": \"approved\","));
        }
        JsonNode datasets = JSON.readTree(platform.get(DATASETS).body()).path("items");
        assertEquals(12, datasets.size());
        for (JsonNode dataset : datasets) {
            HttpResponse<String> published = ExpertsIT.send(platform, "POST", DATASETS + "/" + dataset.path("id").asText()
                    + "/releases", Identity.ADMIN, null, null);
            assertEquals(201, published.statusCode(), dataset.path("id").asText() + ": " + published.body());
        }
    }

    /** An expert whose name and country are public; with or without consent to the public directory. */
    private static String expert(TestPlatform platform, boolean consent) throws Exception {
        JsonNode created = ExpertsIT.create(platform, Identity.OFFICER_UNIT_A);
        String id = created.path("id").asText();
        HttpResponse<String> visible = ExpertsIT.send(platform, "PATCH", "/api/v1/experts/" + id, Identity.OFFICER_UNIT_A,
                "{\"visibility\": {\"fullName\": \"public\", \"countryCode\": \"public\", \"fields\": \"public\"}}",
                "\"v" + created.path("version").asLong() + "\"");
        assertEquals(200, visible.statusCode(), visible.body());
        if (consent) {
            HttpResponse<String> given = ExpertsIT.send(platform, "POST", "/api/v1/experts/" + id + "/consents",
                    Identity.OFFICER_UNIT_A, "{\"purpose\": \"public-directory\", \"given\": true, \"method\": \"online-form\","
                            + " \"textVersion\": \"2026-01\"}", null);
            assertEquals(201, given.statusCode(), given.body());
        }
        return id;
    }

    @Test
    void theCatalogConformsToTheOfficialDcatApShapes(TestPlatform platform) {
        HttpResponse<String> turtle = platform.send(platform.request("/catalog").header("Accept", "text/turtle").GET().build());
        assertEquals(200, turtle.statusCode());
        Model catalog = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(catalog);
        ValidationReport report = new DcatValidator().validate(catalog);
        assertEquals(0, report.violationCount(), report.toText());
        assertEquals(12, catalog.listSubjectsWithProperty(RDF.type, catalog.createResource(DCAT.NS + "DatasetSeries")).toList().size());
        assertTrue(catalog.listSubjectsWithProperty(RDF.type, DCAT.Distribution).toList().size() >= 12 * 6);

        HttpResponse<String> html = platform.send(platform.request("/catalog").header("Accept", "text/html").GET().build());
        assertTrue(html.body().contains("<script type=\"application/ld+json\">"), "schema.org markup for search engines");
        assertTrue(html.body().contains("\"@type\":\"Dataset\""));
    }

    @Test
    void everyDistributionParsesAndMatchesItsChecksumAndSize(TestPlatform platform) throws Exception {
        Path rapper = ExternalTool.find("rapper");
        for (JsonNode dataset : JSON.readTree(platform.get(DATASETS).body()).path("items")) {
            JsonNode release = dataset.path("latestRelease");
            for (JsonNode file : release.path("distributions")) {
                HttpResponse<byte[]> download = platform.sendBytes(platform.request(path(file.path("latestUrl").asText())).GET().build());
                assertEquals(200, download.statusCode(), file.toString());
                byte[] body = download.body();
                assertEquals(file.path("byteSize").asLong(), body.length, file.toString());
                assertEquals(file.path("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
                String format = file.path("format").asText();
                Lang lang = switch (format) {
                    case "turtle" -> Lang.TURTLE;
                    case "ntriples" -> Lang.NTRIPLES;
                    case "jsonld" -> Lang.JSONLD;
                    case "rdfxml" -> Lang.RDFXML;
                    default -> null;
                };
                if (lang == null) {
                    continue;
                }
                Model model = ModelFactory.createDefaultModel();
                byte[] parsed = lang == Lang.JSONLD ? withContextInline(platform, dataset, body) : body;
                RDFParser.source(new ByteArrayInputStream(parsed)).lang(lang).base("http://localhost/").parse(model);
                assertEquals(release.path("triples").asLong(), model.size(), dataset.path("id").asText() + " " + format);
                if (rapper != null && lang != Lang.JSONLD) {
                    assertEquals(model.size(), rapperCount(rapper, body, format), dataset.path("id").asText() + " " + format);
                }
            }
        }
    }

    /**
     * The JSON-LD names its context by its published URL, under the configured base URI (not this test server's
     * port): the test puts the context served beside it in its place, so that no parser goes to the network.
     */
    private static byte[] withContextInline(TestPlatform platform, JsonNode dataset, byte[] body) throws Exception {
        JsonNode document = JSON.readTree(body);
        JsonNode context = JSON.readTree(platform.get("/data/" + dataset.path("id").asText() + "/latest/context.jsonld").body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) document).set("@context", context.path("@context"));
        return JSON.writeValueAsBytes(document);
    }

    private static long rapperCount(Path rapper, byte[] body, String format) throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "release-", "." + format);
        Files.write(file, body);
        Process process = new ProcessBuilder(rapper.toString(), "-i", format, "-c", "-I", "http://localhost/", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        Files.delete(file);
        Matcher count = Pattern.compile("returned (\\d+) triples").matcher(output);
        assertTrue(count.find(), output);
        return Long.parseLong(count.group(1));
    }

    @Test
    void theCsvwMetadataDescribesTheCsvColumns(TestPlatform platform) throws Exception {
        String base = "/data/licensed-conferences/latest/";
        String csv = platform.get(base + "data.csv").body();
        JsonNode metadata = JSON.readTree(platform.get(base + "csv-metadata.json").body());
        List<String> described = new ArrayList<>();
        metadata.path("tableSchema").path("columns").forEach(c -> described.add(c.path("name").asText()));
        List<String> header = List.of(csv.substring(0, csv.indexOf('\n')).strip().split(","));
        assertEquals(header, described);
        assertEquals("http://www.w3.org/ns/csvw", metadata.path("@context").isArray()
                ? metadata.path("@context").get(0).asText() : metadata.path("@context").asText());
    }

    @Test
    void downloadsAnswerConditionalRangeAndGzipRequests(TestPlatform platform) throws Exception {
        String url = "/data/licensed-conferences/latest/data.nt";
        HttpResponse<byte[]> full = platform.sendBytes(platform.request(url).GET().build());
        String etag = full.headers().firstValue("ETag").orElseThrow();
        String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, platform.sendBytes(platform.request(url).header("If-None-Match", etag).GET().build()).statusCode());
        assertEquals(304, platform.sendBytes(platform.request(url).header("If-Modified-Since", lastModified).GET().build()).statusCode());
        assertEquals(200, platform.sendBytes(platform.request(url).header("If-None-Match", "\"other\"").GET().build()).statusCode());

        HttpResponse<byte[]> part = platform.sendBytes(platform.request(url).header("Range", "bytes=10-19").GET().build());
        assertEquals(206, part.statusCode());
        assertEquals("bytes 10-19/" + full.body().length, part.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(java.util.Arrays.copyOfRange(full.body(), 10, 20), part.body());
        HttpResponse<byte[]> tail = platform.sendBytes(platform.request(url).header("Range", "bytes=-5").GET().build());
        assertArrayEquals(java.util.Arrays.copyOfRange(full.body(), full.body().length - 5, full.body().length), tail.body());
        HttpResponse<byte[]> outside = platform.sendBytes(platform.request(url).header("Range", "bytes=99999999-").GET().build());
        assertEquals(416, outside.statusCode());
        assertEquals("bytes */" + full.body().length, outside.headers().firstValue("Content-Range").orElse(""));

        HttpResponse<byte[]> backwards = platform.sendBytes(platform.request(url).header("Range", "bytes=19-10").GET().build());
        assertEquals(200, backwards.statusCode(), "an invalid range is ignored");
        HttpResponse<byte[]> gzip = platform.sendBytes(platform.request(url).header("Accept-Encoding", "gzip").GET().build());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
        assertFalse(gzip.headers().firstValue("ETag").orElse("").equals(etag), "the gzip representation has its own tag");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertArrayEquals(full.body(), in.readAllBytes());
        }
        JsonNode release = JSON.readTree(platform.get(DATASETS + "/licensed-conferences/releases").body()).path("items").get(0);
        long downloads = 0;
        for (JsonNode file : release.path("distributions")) {
            if (file.path("format").asText().equals("ntriples")) {
                downloads = file.path("downloads").asLong();
            }
        }
        assertTrue(downloads >= 3, "full downloads are counted: " + downloads);
    }

    @Test
    void identifiersRedirectToDocumentsAndUnpublishedOnesAre404(TestPlatform platform) throws Exception {
        HttpResponse<String> see = platform.get("/id/dataset/licensed-conferences");
        assertEquals(303, see.statusCode());
        assertEquals("/doc/dataset/licensed-conferences", see.headers().firstValue("Location").orElse(""));
        HttpResponse<String> doc = platform.send(platform.request("/doc/dataset/licensed-conferences")
                .header("Accept", "application/n-triples").GET().build());
        assertEquals(200, doc.statusCode());
        assertTrue(doc.body().contains("<http://www.w3.org/ns/dcat#DatasetSeries>"));

        assertEquals(200, platform.send(platform.request("/doc/expert/" + consentedExpert).header("Accept", "text/turtle")
                .GET().build()).statusCode(), "a consenting expert is in the public directory");
        assertEquals(404, platform.get("/doc/expert/" + privateExpert).statusCode(), "an expert without consent is not");
        assertEquals(404, platform.get("/doc/conference/00000000-0000-0000-0000-000000000000").statusCode());
        String html = platform.send(platform.request("/doc/expert/" + consentedExpert).header("Accept", "text/html").GET().build()).body();
        assertTrue(html.contains("Nguyễn Thị Thu Hà"));
        assertFalse(html.contains("ha.nguyen@example.edu"), "an e-mail is never in the directory");
    }

    @Test
    void theCkanSubsetAnswersInCkansShape(TestPlatform platform) throws Exception {
        JsonNode list = JSON.readTree(platform.get("/api/3/action/package_list").body());
        assertTrue(list.path("success").asBoolean());
        assertEquals(12, list.path("result").size());
        JsonNode show = JSON.readTree(platform.get("/api/3/action/package_show?id=licensed-conferences").body());
        assertTrue(show.path("success").asBoolean());
        JsonNode pkg = show.path("result");
        assertEquals("licensed-conferences", pkg.path("name").asText());
        assertEquals("so-ngoai-vu-38", pkg.path("organization").path("name").asText());
        assertEquals(8, pkg.path("num_resources").asInt());
        assertTrue(pkg.path("resources").get(0).path("url").asText().contains("/data/licensed-conferences/latest/"));
        JsonNode search = JSON.readTree(platform.get("/api/3/action/package_search?q=hoi+nghi&rows=5").body());
        assertTrue(search.path("result").path("count").asInt() >= 1);
        assertEquals("so-ngoai-vu-38", JSON.readTree(platform.get("/api/3/action/organization_list").body()).path("result").get(0).asText());
        HttpResponse<String> missing = platform.get("/api/3/action/package_show?id=nope");
        assertEquals(404, missing.statusCode());
        assertFalse(JSON.readTree(missing.body()).path("success").asBoolean());
        assertEquals("Not Found Error", JSON.readTree(missing.body()).path("error").path("__type").asText());
    }

    @Test
    void recordsArePagedAndPublishingIsForLeadersAndAdministrators(TestPlatform platform) throws Exception {
        JsonNode page = JSON.readTree(platform.get(DATASETS + "/licensed-conferences/records?limit=2").body());
        assertEquals(2, page.path("items").size());
        assertTrue(page.path("next").asText().contains("offset=2"));
        JsonNode next = JSON.readTree(platform.get(path(page.path("next").asText())).body());
        assertFalse(next.path("items").get(0).equals(page.path("items").get(0)));
        assertEquals(403, ExpertsIT.send(platform, "POST", DATASETS + "/licensed-conferences/releases",
                Identity.OFFICER_UNIT_A, null, null).statusCode());
        HttpResponse<String> sparql = platform.send(platform.request("/sparql?query="
                + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://www.w3.org/ns/dcat#Dataset> }", StandardCharsets.UTF_8)
                .replace("+", "%20")).header("Accept", "application/sparql-results+json").GET().build());
        assertEquals(200, sparql.statusCode(), sparql.body());
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    void someoneWhoWithdrawsConsentLeavesThePublishedDirectory(TestPlatform platform) throws Exception {
        String leaving = expert(platform, true);
        HttpResponse<String> published = ExpertsIT.send(platform, "POST", DATASETS + "/expert-directory/releases",
                Identity.ADMIN, null, null);
        assertEquals(201, published.statusCode(), published.body());
        int before = JSON.readTree(published.body()).path("number").asInt();
        assertEquals(200, platform.get("/doc/expert/" + leaving).statusCode());

        HttpResponse<String> withdrawn = ExpertsIT.send(platform, "POST", "/api/v1/experts/" + leaving + "/consents",
                Identity.OFFICER_UNIT_A, "{\"purpose\": \"public-directory\", \"given\": false, \"method\": \"email\","
                        + " \"textVersion\": \"2026-01\"}", null);
        assertEquals(201, withdrawn.statusCode(), withdrawn.body());
        int latest = before;
        for (int i = 0; i < 100 && latest == before; i++) { // the republication runs in the background
            Thread.sleep(100);
            latest = JSON.readTree(platform.get(DATASETS + "/expert-directory").body()).path("latestRelease").path("number").asInt();
        }
        assertTrue(latest > before, "a new release of the directory without them");
        assertEquals(404, platform.get("/doc/expert/" + leaving).statusCode());
        assertFalse(platform.get("/data/expert-directory/latest/data.csv").body().contains(leaving));
        HttpResponse<String> old = platform.get("/data/expert-directory/" + before + "/data.csv");
        assertEquals(410, old.statusCode(), "earlier releases about people are no longer handed out");
        assertTrue(old.headers().firstValue("Link").orElse("").contains("/data/expert-directory/latest/data.csv"));
    }
}
