package vn.ngoaivu.gateway.registry;

import io.helidon.webserver.http.Handler;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.http.Text;
import vn.ngoaivu.registry.expert.ExpertExceptions;
import vn.ngoaivu.registry.expert.InvalidProfileException;
import vn.ngoaivu.registry.expert.ProfileProblem;

import java.util.Map;

/** Turns the registry's refusals into problems: 422, 404, 412, 403, 409, 400. */
final class RegistryProblems {

    private RegistryProblems() {
    }

    static Handler guarded(Handler handler) {
        return (req, res) -> {
            try {
                handler.handle(req, res);
            } catch (InvalidProfileException e) {
                throw new ProblemException(new Problem(ProblemType.VALIDATION_FAILED,
                        new Text("Có " + e.problems().size() + " trường không hợp lệ.", e.problems().size() + " field(s) are invalid."),
                        e.problems().stream().map(RegistryProblems::fieldError).toList(), Map.of()));
            } catch (ExpertExceptions.NotFound e) {
                throw new ProblemException(Problem.of(ProblemType.NOT_FOUND, "Không tìm thấy hồ sơ chuyên gia.", "No such expert."));
            } catch (ExpertExceptions.StaleVersion e) {
                throw new ProblemException(Problem.of(ProblemType.PRECONDITION_FAILED,
                        "Hồ sơ đã được người khác cập nhật (phiên bản hiện tại " + e.current() + "). Hãy tải lại rồi sửa.",
                        "Someone else changed the profile (now version " + e.current() + "). Reload, then edit.")
                        .withHeader("ETag", Etags.of(e.current())));
            } catch (ExpertExceptions.OtherUnit e) {
                throw new ProblemException(Problem.of(ProblemType.FORBIDDEN,
                        "Hồ sơ thuộc phòng khác; cán bộ chỉ sửa hồ sơ của phòng mình.",
                        "The record belongs to another unit; officers change only their own unit's records."));
            } catch (ExpertExceptions.Conflict e) {
                throw new ProblemException(Problem.of(ProblemType.CONFLICT, "Xung đột: " + e.getMessage() + ".", e.getMessage() + "."));
            } catch (ExpertExceptions.InvalidCursor e) {
                throw new ProblemException(Problem.of(ProblemType.INVALID_PARAMETER,
                        "Tham số after không hợp lệ.", "The after parameter is not a cursor this API issued."));
            }
        };
    }

    private static Problem.FieldError fieldError(ProfileProblem p) {
        return new Problem.FieldError(p.pointer(), p.code(), new Text(p.messageVi(), p.messageEn()));
    }
}
