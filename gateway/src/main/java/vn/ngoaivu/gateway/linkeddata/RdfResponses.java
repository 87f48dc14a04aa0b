package vn.ngoaivu.gateway.linkeddata;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Content negotiation for Linked Data: {@code ?format=ttl|jsonld|rdf|nt|html} wins, then the
 * {@code Accept} header by quality; {@code *}{@code /*} or no header gives Turtle. Responses carry
 * {@code Vary: Accept}, a strong ETag, and answer {@code If-None-Match} with 304.
 */
public final class RdfResponses {

    public static final RdfFormat DEFAULT = RdfFormat.TURTLE;

    private RdfResponses() {
    }

    public static RdfFormat negotiate(ServerRequest req) {
        Optional<String> explicit = req.query().first("format").asOptional();
        if (explicit.isPresent()) {
            return RdfFormat.byExtension(explicit.get()).orElseThrow(() -> notAcceptable(
                    "format=" + explicit.get()));
        }
        List<HttpMediaType> accepted = req.headers().acceptedTypes();
        if (accepted.isEmpty()) {
            return DEFAULT;
        }
        for (HttpMediaType type : accepted) {
            if (type.qualityFactor() <= 0) {
                continue;
            }
            String full = type.mediaType().type() + "/" + type.mediaType().subtype();
            if (full.equals("*/*") || full.equals("text/*")) {
                return full.equals("text/*") ? RdfFormat.TURTLE : DEFAULT;
            }
            Optional<RdfFormat> format = RdfFormat.byMediaType(full);
            if (format.isPresent()) {
                return format.get();
            }
        }
        throw notAcceptable(req.headers().first(HeaderNames.ACCEPT).orElse(""));
    }

    private static ProblemException notAcceptable(String asked) {
        StringBuilder offered = new StringBuilder();
        for (RdfFormat format : RdfFormat.values()) {
            offered.append(offered.isEmpty() ? "" : ", ").append(format.mediaType());
        }
        return new ProblemException(Problem.of(ProblemType.NOT_ACCEPTABLE,
                "Không có định dạng phù hợp với " + asked + ". Có sẵn: " + offered + ".",
                "No representation matches " + asked + ". Available: " + offered + "."));
    }

    /** Sends {@code model} in the negotiated format, or the page {@code html} supplies for HTML. */
    public static void send(ServerRequest req, ServerResponse res, Model model, Supplier<String> html) {
        RdfFormat format = negotiate(req);
        byte[] body = format == RdfFormat.HTML
                ? html.get().getBytes(StandardCharsets.UTF_8)
                : serialise(model, format);
        String etag = "\"" + digest(body) + "\"";
        res.header(HeaderNames.VARY, "Accept");
        res.header(HeaderNames.ETAG, etag);
        res.header(HeaderNames.CACHE_CONTROL, "public, max-age=300");
        if (matches(req.headers().first(HeaderNames.IF_NONE_MATCH).orElse(null), etag)) {
            res.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, format.mediaType() + "; charset=UTF-8");
        res.send(body);
    }

    public static byte[] serialise(Model model, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFDataMgr.write(out, model, format.jenaFormat().orElseThrow());
        return out.toByteArray();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return ifNoneMatch.strip().equals("*")
                || Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(etag::equals);
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
