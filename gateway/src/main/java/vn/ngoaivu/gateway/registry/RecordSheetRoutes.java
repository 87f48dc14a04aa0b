package vn.ngoaivu.gateway.registry;

import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.registry.record.RecordKind;
import vn.ngoaivu.registry.record.sheet.RecordImport;
import vn.ngoaivu.registry.record.sheet.RecordSheetTemplate;
import vn.ngoaivu.registry.sheet.ImportReport;
import vn.ngoaivu.registry.sheet.SheetFormat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Spreadsheets of foreign-affairs records, one kind per file: the kind's import template, and import (a dry run
 * first, then for real; idempotent on the row key), streamed. Listed before {@link RecordRoutes}, whose
 * {@code /{id}} would otherwise take {@code /import-template}.
 */
public final class RecordSheetRoutes {

    private final RecordImport importer;
    private final RecordSheetTemplate template;
    private final JsonBodies json;

    public RecordSheetRoutes(RecordImport importer, RecordSheetTemplate template, JsonBodies json) {
        this.importer = importer;
        this.template = template;
        this.json = json;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get(RecordRoutes.BASE + "/import-template", Access.staff(), RegistryProblems.guarded(this::template)),
                new Endpoint(Method.POST, RecordRoutes.BASE + "/import", Access.ownUnitOfficer(), Optional.empty(),
                        RegistryProblems.guarded(this::importSheet)));
    }

    private void template(ServerRequest req, ServerResponse res) {
        RecordKind kind = kind(req);
        SheetFormat format = SheetExchange.format(req);
        SheetExchange.download(res, format, "mau-nhap-" + kind.code(), out -> template.write(out, format, kind));
    }

    private void importSheet(ServerRequest req, ServerResponse res) throws IOException {
        SheetFormat format = SheetExchange.uploadFormat(req);
        RecordKind kind = kind(req);
        ImportReport report = importer.run(req.content().inputStream(), format, kind, SheetExchange.dryRun(req),
                SheetExchange.owningUnit(req), RegistryCallers.actor(req));
        json.send(res, Status.OK_200, SheetExchange.reportJson(report, req));
    }

    /** The required {@code kind} parameter: a code of def/scheme/record-kind. */
    private static RecordKind kind(ServerRequest req) {
        return req.query().first("kind").asOptional().flatMap(RecordKind::byCode).orElseThrow(() -> new ProblemException(
                Problem.of(ProblemType.INVALID_PARAMETER,
                        "Cần tham số kind: một loại hồ sơ trong danh mục (def/scheme/record-kind).",
                        "The kind parameter is required: a record kind (see def/scheme/record-kind).")));
    }
}
