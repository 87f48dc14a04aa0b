package vn.ngoaivu.gateway.security;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.http.Text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a partner asks for personal data: {@code X-Purpose} names the legal basis by its document number
 * and symbol (số ký hiệu, e.g. {@code 600/KH-SNgV} or {@code 13/2023/NĐ-CP}), {@code X-End-User} the person
 * the partner system acts for (an identifier or a name; HTTP headers are ASCII, so non-ASCII text is sent
 * percent-encoded as UTF-8, e.g. {@code Nguy%E1%BB%85n}). Both go into the personal-data access log.
 */
public record Provenance(Optional<String> purpose, Optional<String> endUser) {

    /** Number, optional year, then the symbol's parts joined by '-': letters (with Đ) and digits. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\d{1,6}(/\\d{4})?/[\\p{L}\\d]+(-[\\p{L}\\d]+)*");
    private static final int MAX_END_USER = 200;
    private static final String INVALID = "\u0000";

    public static Provenance of(ServerRequest req) {
        Optional<String> purpose = req.headers().first(HeaderNames.create("X-Purpose"))
                .map(value -> Normalizer.normalize(value.strip(), Normalizer.Form.NFC));
        Optional<String> endUser = req.headers().first(HeaderNames.create("X-End-User")).map(Provenance::decode);
        purpose.filter(p -> p.length() > 100 || !DOCUMENT_NUMBER.matcher(p).matches()).ifPresent(p -> {
            throw invalid("X-Purpose", "số ký hiệu văn bản, ví dụ 600/KH-SNgV", "a document number and symbol such as 600/KH-SNgV");
        });
        endUser.filter(u -> u.isEmpty() || u.length() > MAX_END_USER || u.chars().anyMatch(Character::isISOControl))
                .ifPresent(u -> {
                    throw invalid("X-End-User", "tối đa " + MAX_END_USER + " ký tự, không có ký tự điều khiển",
                            "at most " + MAX_END_USER + " characters, no control characters");
                });
        return new Provenance(purpose, endUser);
    }

    /**
     * Percent-decoded UTF-8 ('+' stays a plus). Malformed escapes, raw non-ASCII and bytes that are not
     * UTF-8 give a control character, which validation then refuses.
     */
    private static String decode(String raw) {
        String text = raw.strip();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        try {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%') {
                    bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                    i += 2;
                } else if (c > 0x7e) {
                    return INVALID;
                } else {
                    bytes.write(c);
                }
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return INVALID;
        }
    }

    private static ProblemException invalid(String header, String vi, String en) {
        return new ProblemException(new Problem(ProblemType.INVALID_PARAMETER,
                new Text("Tiêu đề " + header + " không hợp lệ.", "The " + header + " header is invalid."),
                List.of(new Problem.FieldError(header, "format", new Text("Cần " + vi + ".", "Expected " + en + "."))),
                java.util.Map.of()));
    }
}
