package vn.ngoaivu.gateway.registry;

import io.helidon.webserver.http.Handler;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.http.Text;
import vn.ngoaivu.registry.RegistryExceptions;
import vn.ngoaivu.registry.record.RecordService;
import org.hibernate.exception.ConstraintViolationException;

import java.util.List;
import vn.ngoaivu.registry.InvalidFieldsException;
import vn.ngoaivu.registry.FieldProblem;

import java.util.Map;

/** Turns the registry's refusals into problems: 422, 404, 412, 403, 409, 400. */
final class RegistryProblems {

    private RegistryProblems() {
    }

    static Handler guarded(Handler handler) {
        return (req, res) -> {
            try {
                handler.handle(req, res);
            } catch (InvalidFieldsException e) {
                throw new ProblemException(new Problem(ProblemType.VALIDATION_FAILED,
                        new Text("Có " + e.problems().size() + " trường không hợp lệ.", e.problems().size() + " field(s) are invalid."),
                        e.problems().stream().map(RegistryProblems::fieldError).toList(), Map.of()));
            } catch (RegistryExceptions.NotFound e) {
                throw new ProblemException(Problem.of(ProblemType.NOT_FOUND, "Không tìm thấy hồ sơ.", "No such record."));
            } catch (RegistryExceptions.StaleVersion e) {
                throw new ProblemException(Problem.of(ProblemType.PRECONDITION_FAILED,
                        "Hồ sơ đã được người khác cập nhật (phiên bản hiện tại " + e.current() + "). Hãy tải lại rồi sửa.",
                        "Someone else changed the profile (now version " + e.current() + "). Reload, then edit.")
                        .withHeader("ETag", Etags.of(e.current())));
            } catch (RegistryExceptions.OtherUnit e) {
                throw new ProblemException(Problem.of(ProblemType.FORBIDDEN,
                        "Hồ sơ thuộc phòng khác; cán bộ chỉ sửa hồ sơ của phòng mình.",
                        "The record belongs to another unit; officers change only their own unit's records."));
            } catch (RecordService.InvalidTransition e) {
                throw new ProblemException(new Problem(ProblemType.CONFLICT,
                        new Text("Quy trình không cho chuyển sang trạng thái này; được chuyển sang: " + allowed(e) + ".",
                                "The workflow does not allow this move; allowed: " + allowed(e) + "."),
                        List.of(new Problem.FieldError("/to", "transition", new Text("Được chuyển sang: " + allowed(e) + ".",
                                "Allowed: " + allowed(e) + "."))), Map.of()));
            } catch (ConstraintViolationException e) {
                // Two requests raced to create the same row (a document first cited by both): the loser retries.
                throw new ProblemException(Problem.of(ProblemType.CONFLICT,
                        "Một yêu cầu khác vừa ghi cùng dữ liệu; hãy gửi lại.", "Another request just wrote the same data; send again."));
            } catch (RegistryExceptions.Conflict e) {
                throw new ProblemException(Problem.of(ProblemType.CONFLICT, "Xung đột: " + e.getMessage() + ".", e.getMessage() + "."));
            } catch (RegistryExceptions.InvalidSearch e) {
                throw new ProblemException(new Problem(ProblemType.INVALID_PARAMETER,
                        new Text("Có " + e.problems().size() + " tham số tìm kiếm không hợp lệ.",
                                e.problems().size() + " search parameter(s) are invalid."),
                        e.problems().stream().map(RegistryProblems::fieldError).toList(), Map.of()));
            } catch (RegistryExceptions.SearchUnavailable e) {
                LOG.log(System.Logger.Level.WARNING, "search engine unavailable: " + rootMessage(e));
                throw new ProblemException(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                        "Tìm kiếm tạm thời không sẵn sàng; dữ liệu vẫn được ghi nhận. Hãy thử lại sau ít giây.",
                        "Search is unavailable for now; changes are still saved. Try again in a few seconds.")
                        .withHeader("Retry-After", "5"));
            } catch (RegistryExceptions.InvalidCursor e) {
                throw new ProblemException(Problem.of(ProblemType.INVALID_PARAMETER,
                        "Con trỏ phân trang (after hoặc cursor) không hợp lệ.", "The after or cursor parameter is not a cursor this API issued."));
            }
        };
    }

    private static final System.Logger LOG = System.getLogger(RegistryProblems.class.getName());

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String allowed(RecordService.InvalidTransition e) {
        return e.allowed().isEmpty() ? "(không / none)" : String.join(", ", e.allowed());
    }

    private static Problem.FieldError fieldError(FieldProblem p) {
        return new Problem.FieldError(p.pointer(), p.code(), new Text(p.messageVi(), p.messageEn()));
    }
}
