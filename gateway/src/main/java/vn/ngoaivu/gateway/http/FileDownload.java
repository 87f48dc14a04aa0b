package vn.ngoaivu.gateway.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Serves an immutable file (a release's distribution) the way download tools and harvesters expect: a strong ETag
 * (the file's SHA-256), Last-Modified, conditional requests answered 304, one byte range answered 206 (or 416), and
 * gzip when the client accepts it and asked for no range. Streamed: a file is never read into memory.
 */
public final class FileDownload {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");
    /** IMF-fixdate (RFC 9110 §5.6.7): two-digit day, English names, GMT. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            java.util.Locale.US).withZone(ZoneOffset.UTC);

    /** What a download sends: the file, its media type and the facts its headers are made of. */
    public record Resource(Path file, String mediaType, String sha256, Instant lastModified, long size, String fileName) {
        public Resource {
            Objects.requireNonNull(file);
            Objects.requireNonNull(mediaType);
            Objects.requireNonNull(sha256);
            lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
            if (!fileName.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("a plain file name: " + fileName);
            }
        }

        String etag() {
            return "\"" + sha256 + "\"";
        }

        /** The gzip representation is another representation: its own tag (RFC 9110 §8.8.1), so If-Range never mixes them. */
        String gzipEtag() {
            return "\"" + sha256 + "-gzip\"";
        }
    }

    /** What was answered: the full file (200), a part of it (206), nothing new (304) or an impossible range (416). */
    public enum Outcome { FULL, PARTIAL, NOT_MODIFIED, UNSATISFIABLE }

    private FileDownload() {
    }

    public static Outcome send(ServerRequest req, ServerResponse res, Resource r) throws IOException {
        boolean gzip = acceptsGzip(req) && req.headers().first(HeaderNames.RANGE).isEmpty();
        res.header(HeaderNames.ETAG, gzip ? r.gzipEtag() : r.etag());
        res.header(HeaderNames.LAST_MODIFIED, httpDate(r.lastModified()));
        res.header(HeaderNames.ACCEPT_RANGES, "bytes");
        res.header(HeaderNames.VARY, "Accept-Encoding");
        res.header(HeaderNames.CACHE_CONTROL, "public, max-age=300");
        if (notModified(req, r)) {
            res.status(Status.NOT_MODIFIED_304).send();
            return Outcome.NOT_MODIFIED;
        }
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + r.fileName() + "\"");
        res.header(HeaderNames.CONTENT_TYPE, r.mediaType());
        Optional<String> range = req.headers().first(HeaderNames.RANGE)
                .filter(value -> req.headers().first(HeaderNames.IF_RANGE).map(r.etag()::equals).orElse(true));
        if (range.isPresent()) {
            Matcher m = RANGE.matcher(range.get().strip());
            // Several ranges, other units, or an invalid spec (last before first): RFC 9110 lets a server ignore the
            // header and send the whole file.
            boolean valid = m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())
                    && (m.group(1).isEmpty() || m.group(2).isEmpty() || Long.parseLong(m.group(2)) >= Long.parseLong(m.group(1)));
            if (valid) {
                return partial(res, r, m.group(1), m.group(2));
            }
        }
        res.status(Status.OK_200);
        if (gzip) {
            res.header(HeaderNames.CONTENT_ENCODING, "gzip");
            try (InputStream in = Files.newInputStream(r.file());
                 OutputStream out = new GZIPOutputStream(res.outputStream(), 64 * 1024)) {
                in.transferTo(out);
            }
        } else {
            res.header(HeaderNames.CONTENT_LENGTH, Long.toString(r.size()));
            try (InputStream in = Files.newInputStream(r.file()); OutputStream out = res.outputStream()) {
                in.transferTo(out);
            }
        }
        return Outcome.FULL;
    }

    private static Outcome partial(ServerResponse res, Resource r, String first, String last) throws IOException {
        long start;
        long end;
        if (first.isEmpty()) { // the last N bytes
            long suffix = Long.parseLong(last);
            start = Math.max(0, r.size() - suffix);
            end = r.size() - 1;
        } else {
            start = Long.parseLong(first);
            end = last.isEmpty() ? r.size() - 1 : Math.min(Long.parseLong(last), r.size() - 1);
        }
        if (start >= r.size()) {
            throw new ProblemException(Problem.of(ProblemType.RANGE_NOT_SATISFIABLE,
                    "Khoảng byte yêu cầu nằm ngoài tệp (" + r.size() + " byte).",
                    "The requested byte range is outside the file (" + r.size() + " bytes).")
                    .withHeader("Content-Range", "bytes */" + r.size()));
        }
        long length = end - start + 1;
        res.status(Status.PARTIAL_CONTENT_206);
        res.header(HeaderNames.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + r.size());
        res.header(HeaderNames.CONTENT_LENGTH, Long.toString(length));
        try (InputStream in = Files.newInputStream(r.file()); OutputStream out = res.outputStream()) {
            in.skipNBytes(start);
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
        return Outcome.PARTIAL;
    }

    /** If-None-Match decides when present (RFC 9110 §13.2.2); otherwise If-Modified-Since. */
    private static boolean notModified(ServerRequest req, Resource r) {
        Optional<String> noneMatch = req.headers().first(HeaderNames.IF_NONE_MATCH);
        if (noneMatch.isPresent()) {
            for (String tag : noneMatch.get().split(",")) {
                String t = tag.strip();
                String tagged = t.startsWith("W/") ? t.substring(2) : t;
                if (tagged.equals("*") || tagged.equals(r.etag()) || tagged.equals(r.gzipEtag())) {
                    return true;
                }
            }
            return false;
        }
        return req.headers().first(HeaderNames.IF_MODIFIED_SINCE).flatMap(FileDownload::parseHttpDate)
                .map(since -> !r.lastModified().isAfter(since)).orElse(false);
    }

    private static boolean acceptsGzip(ServerRequest req) {
        return req.headers().first(HeaderNames.ACCEPT_ENCODING)
                .map(v -> java.util.Arrays.stream(v.split(",")).map(String::strip)
                        .anyMatch(e -> e.equals("gzip") || (e.startsWith("gzip;") && !e.replace(" ", "").endsWith("q=0"))))
                .orElse(false);
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    private static Optional<Instant> parseHttpDate(String text) {
        try {
            return Optional.of(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.strip(), Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
