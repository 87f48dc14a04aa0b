package vn.ngoaivu.gateway.registry;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;

import java.util.OptionalLong;

/** Versions as strong ETags ({@code "v7"}) and the If-Match every change must carry. */
final class Etags {

    private Etags() {
    }

    static String of(long version) {
        return "\"v" + version + "\"";
    }

    /**
     * The version the client last saw; a change without If-Match is refused (428) so that two officers
     * never overwrite each other silently. {@code *} means "whatever is current" (empty).
     */
    static OptionalLong requiredIfMatch(ServerRequest req) {
        String header = req.headers().first(HeaderNames.IF_MATCH).orElseThrow(() -> new ProblemException(Problem.of(
                ProblemType.PRECONDITION_REQUIRED,
                "Cần tiêu đề If-Match với ETag của hồ sơ (lấy từ lần đọc trước).",
                "An If-Match header with the profile's ETag (from your last read) is required.")));
        String value = header.strip();
        if (value.equals("*")) {
            return OptionalLong.empty();
        }
        if (value.startsWith("\"v") && value.endsWith("\"") && value.length() > 3) {
            try {
                return OptionalLong.of(Long.parseLong(value.substring(2, value.length() - 1)));
            } catch (NumberFormatException e) {
                // falls through to the stale answer: no version of ours looks like this
            }
        }
        return OptionalLong.of(-1);
    }
}
