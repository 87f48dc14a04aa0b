package vn.ngoaivu.gateway.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.QueryParameters;
import vn.ngoaivu.gateway.linkeddata.RdfResponses;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.ontology.Html;
import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.dataset.Department;
import vn.ngoaivu.opendata.publish.OpenData;
import vn.ngoaivu.opendata.release.Distribution;
import vn.ngoaivu.opendata.release.Release;
import vn.ngoaivu.opendata.release.ReleaseUrls;

import java.util.List;
import java.util.Optional;

/**
 * {@code /catalog}: the DCAT-AP 3 catalog in Turtle, JSON-LD, RDF/XML, N-Triples, or an HTML page with schema.org
 * Dataset markup for search engines; {@value #PAGE_SIZE} datasets a page ({@code ?page=2}), pages linked with
 * Hydra terms and Link headers.
 */
public final class CatalogRoutes {

    static final String PATH = "/catalog";
    static final int PAGE_SIZE = 50;
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenData openData;
    private final Department department;
    private final ReleaseUrls urls;

    public CatalogRoutes(OpenData openData, Department department, ReleaseUrls urls) {
        this.openData = openData;
        this.department = department;
        this.urls = urls;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.get(PATH, Access.anyone(), this::catalog));
    }

    private void catalog(ServerRequest req, ServerResponse res) {
        QueryParameters params = new QueryParameters(req);
        int pages = Math.max(1, (openData.definitions().size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = params.integer("page", 1, 1, pages);
        params.requireValid();
        int from = (page - 1) * PAGE_SIZE;
        List<DatasetDefinition> shown = openData.definitions().subList(from, Math.min(from + PAGE_SIZE, openData.definitions().size()));
        Model model = pages == 1 ? openData.catalog() : openData.catalogPage(from, from + PAGE_SIZE).add(paging(page, pages));
        if (page < pages) {
            res.header("Link", "<" + PATH + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        RdfResponses.send(req, res, model, () -> html(shown, page, pages));
    }

    /** Where this page sits among the others (Hydra's partial collection view, as DCAT-AP harvesters read it). */
    private Model paging(int page, int pages) {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        String base = department.baseUri() + "catalog";
        Resource view = m.createResource(base + "?page=" + page, m.createResource(HYDRA + "PartialCollectionView"));
        view.addProperty(m.createProperty(HYDRA + "first"), m.createResource(base + "?page=1"));
        view.addProperty(m.createProperty(HYDRA + "last"), m.createResource(base + "?page=" + pages));
        if (page < pages) {
            view.addProperty(m.createProperty(HYDRA + "next"), m.createResource(base + "?page=" + (page + 1)));
        }
        if (page > 1) {
            view.addProperty(m.createProperty(HYDRA + "previous"), m.createResource(base + "?page=" + (page - 1)));
        }
        m.createResource(openData.catalogIris().catalogIri()).addProperty(m.createProperty(HYDRA + "view"), view)
                .addProperty(RDF.type, m.createResource(HYDRA + "Collection"));
        return m;
    }

    private String html(List<DatasetDefinition> shown, int page, int pages) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Danh mục dữ liệu mở — ").append(Html.escape(department.nameVi())).append("</h1>\n")
                .append("<p class=\"en\">Open data catalog — ").append(Html.escape(department.nameEn())).append("</p>\n")
                .append("<p>Định dạng máy đọc / machine-readable: <a href=\"?format=ttl\">Turtle</a>, ")
                .append("<a href=\"?format=jsonld\">JSON-LD</a>, <a href=\"?format=rdf\">RDF/XML</a>, ")
                .append("<a href=\"?format=nt\">N-Triples</a>; SPARQL: <a href=\"/sparql\">/sparql</a>; ")
                .append("CKAN: <a href=\"/api/3/action/package_list\">/api/3/action</a>.</p>\n");
        for (DatasetDefinition d : shown) {
            Optional<Release> latest = openData.latest(d.id());
            body.append("<section>\n<h2>").append(Html.escape(d.titleVi())).append("</h2>\n<p class=\"en\">")
                    .append(Html.escape(d.titleEn())).append("</p>\n<p>").append(Html.escape(d.descriptionVi()))
                    .append("</p>\n");
            latest.ifPresentOrElse(r -> {
                body.append("<p>Bản phát hành / release ").append(r.number()).append(" (").append(r.issued()).append("): ");
                for (Distribution f : r.distributions()) {
                    body.append("<a href=\"").append(Html.escape(urls.latest(d.id(), f.fileName()))).append("\">")
                            .append(Html.escape(f.format().token())).append("</a> ");
                }
                body.append("</p>\n");
            }, () -> body.append("<p>Chưa có bản phát hành / no release yet.</p>\n"));
            body.append("<script type=\"application/ld+json\">").append(schemaOrg(d, latest)).append("</script>\n</section>\n");
        }
        if (pages > 1) {
            body.append("<p>Trang / page ").append(page).append(" / ").append(pages)
                    .append(page < pages ? " — <a href=\"?page=" + (page + 1) + "\">tiếp / next</a>" : "").append("</p>\n");
        }
        return Html.page("Danh mục dữ liệu mở / Open data catalog", body.toString());
    }

    /** schema.org Dataset markup, escaped so that it cannot end the script element nor break the page's XML form. */
    private String schemaOrg(DatasetDefinition d, Optional<Release> latest) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", "Dataset");
        node.put("@id", openData.catalogIris().seriesIri(d.id()));
        node.put("name", d.titleVi());
        node.put("alternateName", d.titleEn());
        node.put("description", d.descriptionVi());
        node.put("url", openData.catalogIris().seriesIri(d.id()));
        node.put("license", "https://creativecommons.org/licenses/by/4.0/");
        node.put("isAccessibleForFree", true);
        node.put("inLanguage", "vi");
        node.put("keywords", String.join(", ", d.keywordsVi()));
        node.put("temporalCoverage", d.temporal().start() + "/" + d.temporal().end().map(Object::toString).orElse(".."));
        node.putObject("spatialCoverage").put("@type", "Place").put("name", department.provinceName() + ", Việt Nam");
        node.putObject("creator").put("@type", "GovernmentOrganization").put("name", department.nameVi())
                .put("url", department.homepage());
        ArrayNode files = node.putArray("distribution");
        latest.ifPresent(r -> r.distributions().forEach(f -> files.addObject().put("@type", "DataDownload")
                .put("encodingFormat", f.mediaType()).put("contentUrl", urls.latest(d.id(), f.fileName()))));
        return node.toString().replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e");
    }
}
