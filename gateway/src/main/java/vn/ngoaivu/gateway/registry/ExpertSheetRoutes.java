package vn.ngoaivu.gateway.registry;

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
import vn.ngoaivu.gateway.http.Language;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
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
import vn.ngoaivu.registry.sheet.RowOutcome;
import vn.ngoaivu.registry.sheet.RowProblem;
import vn.ngoaivu.registry.sheet.SheetFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
        SheetFormat format = format(req);
        download(res, format, "mau-nhap-chuyen-gia");
        write(res, out -> template.write(out, format));
    }

    private void importSheet(ServerRequest req, ServerResponse res) throws IOException {
        String contentType = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        SheetFormat format = SheetFormat.fromMediaType(contentType).orElseThrow(() -> new ProblemException(Problem.of(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Tệp nhập phải là CSV (text/csv) hoặc Excel (.xlsx).", "Import files must be CSV (text/csv) or Excel (.xlsx).")));
        boolean dryRun = !"false".equals(req.query().first("dry-run").orElse("true"));
        var caller = vn.ngoaivu.gateway.security.Callers.of(req);
        String unit = req.query().first("unit").asOptional().or(caller::unit).orElseThrow(() -> new ProblemException(
                Problem.of(ProblemType.INVALID_PARAMETER, "Cần tham số unit (phòng quản lý).", "The unit parameter is required.")));
        ImportReport report = importer.run(req.content().inputStream(), format, dryRun, unit, RegistryCallers.actor(req));
        Language language = Language.negotiate(req.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(null));
        json.send(res, Status.OK_200, reportJson(report, language));
    }

    private void export(ServerRequest req, ServerResponse res) {
        SheetFormat format = format(req);
        reads.record(req, ExpertService.ENTITY_KIND, "*", "export");
        download(res, format, "chuyen-gia");
        write(res, out -> new ExpertSheetWriter().write(out, format, allExperts()));
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

    private static SheetFormat format(ServerRequest req) {
        String value = req.query().first("format").orElse("xlsx");
        return SheetFormat.fromFileName("x." + value).orElseThrow(() -> new ProblemException(Problem.of(
                ProblemType.INVALID_PARAMETER, "format phải là csv hoặc xlsx.", "format must be csv or xlsx.")));
    }

    private static void download(ServerResponse res, SheetFormat format, String name) {
        res.header(HeaderNames.CONTENT_TYPE, format.mediaType());
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format.extension() + "\"");
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(ServerResponse res, Body body) {
        try (OutputStream out = res.outputStream()) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode reportJson(ImportReport report, Language language) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("dryRun", report.dryRun());
        body.putObject("summary").put("created", report.created()).put("updated", report.updated())
                .put("unchanged", report.unchanged()).put("rejected", report.rejected());
        ArrayNode fileProblems = body.putArray("fileProblems");
        report.fileProblems().forEach(p -> fileProblems.add(problemJson(p, language)));
        ArrayNode rows = body.putArray("rows");
        for (RowOutcome outcome : report.rows()) {
            ObjectNode row = rows.addObject().put("row", outcome.row()).put("action", outcome.action());
            outcome.externalKey().ifPresent(k -> row.put("externalKey", k));
            outcome.id().ifPresent(id -> row.put("id", id));
            if (!outcome.problems().isEmpty()) {
                ArrayNode problems = row.putArray("problems");
                outcome.problems().forEach(p -> problems.add(problemJson(p, language)));
            }
        }
        return body;
    }

    private static ObjectNode problemJson(RowProblem problem, Language language) {
        return JsonNodeFactory.instance.objectNode().put("column", problem.column()).put("code", problem.code())
                .put("message", language == Language.EN ? problem.messageEn() : problem.messageVi());
    }
}
