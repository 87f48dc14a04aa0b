package vn.ngoaivu.gateway.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Language;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.security.Callers;
import vn.ngoaivu.registry.sheet.ImportReport;
import vn.ngoaivu.registry.sheet.RowOutcome;
import vn.ngoaivu.registry.sheet.RowProblem;
import vn.ngoaivu.registry.sheet.SheetFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** What the spreadsheet routes share: the format parameter, downloads, an import's parameters and its JSON report. */
final class SheetExchange {

    private SheetExchange() {
    }

    /** Writes a download's body. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The {@code format} parameter (csv or xlsx, xlsx by default); 400 otherwise. */
    static SheetFormat format(ServerRequest req) {
        String value = req.query().first("format").orElse("xlsx");
        return SheetFormat.fromFileName("x." + value).orElseThrow(() -> new ProblemException(Problem.of(
                ProblemType.INVALID_PARAMETER, "format phải là csv hoặc xlsx.", "format must be csv or xlsx.")));
    }

    /** Sends a file named {@code name}, streamed by {@code body}. */
    static void download(ServerResponse res, SheetFormat format, String name, Body body) {
        res.header(HeaderNames.CONTENT_TYPE, format.mediaType());
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format.extension() + "\"");
        try (OutputStream out = res.outputStream()) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format of an uploaded file, by its Content-Type; 415 for anything but CSV and XLSX. */
    static SheetFormat uploadFormat(ServerRequest req) {
        String contentType = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        return SheetFormat.fromMediaType(contentType).orElseThrow(() -> new ProblemException(Problem.of(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Tệp nhập phải là CSV (text/csv) hoặc Excel (.xlsx).", "Import files must be CSV (text/csv) or Excel (.xlsx).")));
    }

    /** Whether an import only reports: unless {@code dry-run=false}, it does. */
    static boolean dryRun(ServerRequest req) {
        return !"false".equals(req.query().first("dry-run").orElse("true"));
    }

    /** The unit new entries belong to: the {@code unit} parameter (administrators), else the caller's own. */
    static String owningUnit(ServerRequest req) {
        var caller = Callers.of(req);
        return req.query().first("unit").asOptional().or(caller::unit).orElseThrow(() -> new ProblemException(
                Problem.of(ProblemType.INVALID_PARAMETER, "Cần tham số unit (phòng quản lý).", "The unit parameter is required.")));
    }

    /** An import's report as JSON, its messages in the caller's language. */
    static ObjectNode reportJson(ImportReport report, ServerRequest req) {
        Language language = Language.negotiate(req.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(null));
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
