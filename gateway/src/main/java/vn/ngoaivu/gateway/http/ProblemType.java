package vn.ngoaivu.gateway.http;

/**
 * The catalogue of RFC 9457 problem types the platform answers with. The {@link #uri()} of each is
 * stable across versions and instances: clients branch on it, never on the title.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400, "Yêu cầu không hợp lệ", "Bad request"),
    MALFORMED_JSON("malformed-json", 400, "Nội dung JSON không đúng cú pháp", "Malformed JSON"),
    INVALID_PARAMETER("invalid-parameter", 400, "Tham số không hợp lệ", "Invalid parameter"),
    VALIDATION_FAILED("validation-failed", 422, "Dữ liệu không hợp lệ", "Validation failed"),
    UNAUTHORIZED("unauthorized", 401, "Chưa xác thực", "Authentication required"),
    FORBIDDEN("forbidden", 403, "Không có quyền truy cập", "Forbidden"),
    NOT_FOUND("not-found", 404, "Không tìm thấy", "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Phương thức không được hỗ trợ", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Không có định dạng phù hợp", "Not acceptable"),
    CONFLICT("conflict", 409, "Xung đột dữ liệu", "Conflict"),
    GONE("gone", 410, "Không còn cung cấp", "Gone"),
    PRECONDITION_FAILED("precondition-failed", 412, "Dữ liệu đã bị thay đổi", "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Nội dung quá lớn", "Payload too large"),
    URI_TOO_LONG("uri-too-long", 414, "Địa chỉ yêu cầu quá dài", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Kiểu nội dung không được hỗ trợ", "Unsupported media type"),
    RANGE_NOT_SATISFIABLE("range-not-satisfiable", 416, "Khoảng dữ liệu yêu cầu không hợp lệ", "Range not satisfiable"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Thiếu điều kiện If-Match", "Precondition required"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Quá nhiều yêu cầu", "Too many requests"),
    HEADER_TOO_LARGE("header-too-large", 431, "Tiêu đề yêu cầu quá lớn", "Request header fields too large"),
    INTERNAL_ERROR("internal-error", 500, "Lỗi hệ thống", "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Dịch vụ tạm thời không sẵn sàng", "Service unavailable"),
    /** A query ran past its time limit; unlike {@link #SERVICE_UNAVAILABLE}, retrying the same query will not help. */
    QUERY_TIMEOUT("query-timeout", 503, "Truy vấn chạy quá thời gian cho phép", "Query timed out");

    /** Prefix of every problem type URI; see docs/errors.md. */
    public static final String URI_PREFIX = "urn:ngoaivu:problem:";

    private final String slug;
    private final int status;
    private final Text title;

    ProblemType(String slug, int status, String titleVi, String titleEn) {
        this.slug = slug;
        this.status = status;
        this.title = new Text(titleVi, titleEn);
    }

    /**
     * The type for an HTTP error status that Helidon produced; statuses with no type of their own fall back
     * to bad-request or internal-error, and the answer then carries that type's status.
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_JSON && type != INVALID_PARAMETER) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }

    public String uri() {
        return URI_PREFIX + slug;
    }

    public int status() {
        return status;
    }

    public Text title() {
        return title;
    }
}
