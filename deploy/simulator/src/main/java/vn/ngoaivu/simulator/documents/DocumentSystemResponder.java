package vn.ngoaivu.simulator.documents;

import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import vn.ngoaivu.simulator.http.Answers;
import vn.ngoaivu.simulator.http.RequestPath;

/**
 * The electronic document system's contract (docs/national-systems.md) over the {@link DocumentArchive}:
 * <pre>
 * GET {base}/documents/{exchangeId}                                  metadata XML, 404 unknown
 * GET {base}/documents?agency={code}&amp;number={n}&amp;symbol={s}&amp;year={yyyy}  metadata XML, 404 unknown
 * GET {base}/documents/{exchangeId}/file                             the signed PDF, 404 unknown
 * </pre>
 */
public final class DocumentSystemResponder implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "ngoaivu-document-system";
    static final String XML = "application/xml; charset=utf-8";

    private final String basePath;
    private final DocumentArchive archive;

    public DocumentSystemResponder(String basePath, DocumentArchive archive) {
        this.basePath = basePath;
        this.archive = archive;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            return answer(RequestPath.parse(serveEvent.getRequest().getUrl(), basePath));
        } catch (RequestPath.MalformedUrl e) {
            return Answers.badRequest(e.getMessage());
        }
    }

    private ResponseDefinition answer(RequestPath path) {
        List<String> segments = path.segments();
        if (segments.size() == 1 && segments.getFirst().equals("documents")) {
            return search(path);
        }
        if (segments.size() == 2 && segments.getFirst().equals("documents")) {
            return archive.byExchangeId(segments.get(1))
                    .map(found -> Answers.ok(XML, found.metadataXml())).orElseGet(Answers::notFound);
        }
        if (segments.size() == 3 && segments.getFirst().equals("documents") && segments.get(2).equals("file")) {
            return archive.byExchangeId(segments.get(1))
                    .map(found -> Answers.ok("application/pdf", found.pdf())).orElseGet(Answers::notFound);
        }
        return Answers.notFound();
    }

    private ResponseDefinition search(RequestPath path) {
        Optional<String> agency = path.single("agency");
        Optional<String> number = path.single("number");
        Optional<String> symbol = path.single("symbol");
        Optional<String> year = path.single("year");
        if (agency.isEmpty() || number.isEmpty() || symbol.isEmpty() || year.isEmpty()
                || !year.get().matches("[0-9]{4}")) {
            return Answers.badRequest("agency, number, symbol and year (yyyy) are all required");
        }
        return archive.find(agency.get(), number.get(), symbol.get(), Integer.parseInt(year.get()))
                .map(found -> Answers.ok(XML, found.metadataXml())).orElseGet(Answers::notFound);
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
