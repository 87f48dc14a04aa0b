package vn.ngoaivu.gateway.registry;

import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.gateway.security.PersonalDataReads;
import vn.ngoaivu.registry.expert.Expert;
import vn.ngoaivu.registry.expert.ExpertPage;
import vn.ngoaivu.registry.expert.ExpertQuery;
import vn.ngoaivu.registry.expert.ExpertService;
import vn.ngoaivu.registry.expert.sheet.ExpertImport;
import vn.ngoaivu.registry.expert.sheet.ExpertSheetRow;
import vn.ngoaivu.registry.expert.sheet.ExpertSheetTemplate;
import vn.ngoaivu.registry.expert.sheet.ExpertSheetWriter;
import vn.ngoaivu.registry.sheet.ImportReport;
import vn.ngoaivu.registry.sheet.SheetFormat;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Spreadsheets for officers: the import template, import (dry run first, then for real; idempotent on
 * the external key) and export of their view, in CSV or XLSX, streamed in both directions.
 */
public final class ExpertSheetRoutes {

    private final ExpertService experts;
    private final ExpertImport importer;
    private final ExpertSheetTemplate template;
    private final PersonalDataReads reads;
    private final JsonBodies json;

    public ExpertSheetRoutes(ExpertService experts, ExpertImport importer, ExpertSheetTemplate template,
                             PersonalDataReads reads, JsonBodies json) {
        this.experts = experts;
        this.importer = importer;
        this.template = template;
        this.reads = reads;
        this.json = json;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get(ExpertRoutes.BASE + "/import-template", Access.staff(), this::template),
                new Endpoint(Method.POST, ExpertRoutes.BASE + "/import", Access.ownUnitOfficer(), Optional.empty(),
                        RegistryProblems.guarded(this::importSheet)),
                Endpoint.get(ExpertRoutes.BASE + "/export", Access.staff(), this::export));
    }

    private void template(ServerRequest req, ServerResponse res) {
        SheetFormat format = SheetExchange.format(req);
        SheetExchange.download(res, format, "mau-nhap-chuyen-gia", out -> template.write(out, format));
    }

    private void importSheet(ServerRequest req, ServerResponse res) throws IOException {
        SheetFormat format = SheetExchange.uploadFormat(req);
        ImportReport report = importer.run(req.content().inputStream(), format, SheetExchange.dryRun(req),
                SheetExchange.owningUnit(req), RegistryCallers.actor(req));
        json.send(res, Status.OK_200, SheetExchange.reportJson(report, req));
    }

    private void export(ServerRequest req, ServerResponse res) {
        SheetFormat format = SheetExchange.format(req);
        reads.record(req, ExpertService.ENTITY_KIND, "*", "export");
        SheetExchange.download(res, format, "chuyen-gia", out -> new ExpertSheetWriter().write(out, format, allExperts()));
    }

    /** Every expert, fetched a page at a time as the writer asks for them. */
    private Iterator<ExpertSheetRow> allExperts() {
        return new Iterator<>() {
            private Iterator<Expert> page = List.<Expert>of().iterator();
            private Optional<String> next = Optional.empty();
            private boolean started;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && (!started || next.isPresent())) {
                    ExpertPage fetched = experts.list(new ExpertQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), false, Optional.empty(), next, ExpertQuery.MAX_LIMIT));
                    started = true;
                    page = fetched.items().iterator();
                    next = fetched.next();
                }
                return page.hasNext();
            }

            @Override
            public ExpertSheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Expert expert = page.next();
                return new ExpertSheetRow(Optional.of(expert.id().toString()), expert.profile());
            }
        };
    }
}
