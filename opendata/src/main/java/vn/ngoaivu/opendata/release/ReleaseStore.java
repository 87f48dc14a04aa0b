package vn.ngoaivu.opendata.release;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Releases on disk, {@code {root}/{dataset}/{number}/{files}}: each release is a series number (the last + 1),
 * immutable once written. A release is written into a hidden temporary directory beside its final place, every
 * file synced to disk, then renamed into place in one step, so a release directory either does not exist or is
 * complete; it is never overwritten (the rename fails when the number is taken, also by another process). Files
 * are left read-only.
 *
 * <p>The release's metadata is its manifest, {@code release.json}, in the same directory: nothing is stored in
 * the database, and listing a dataset's directory is all it takes to find its releases.
 */
public final class ReleaseStore {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
    private static final String WRITING_PREFIX = ".writing-";

    private final Path root;
    private final Prefixes prefixes;
    private final ReleaseUrls urls;
    private final Clock clock;
    /** One writer per dataset at a time in this JVM, so that two publications do not pick the same number. */
    private final ConcurrentMap<String, ReentrantLock> writeLocks = new ConcurrentHashMap<>();

    /**
     * @param root     the directory holding every dataset's releases (created if missing)
     * @param prefixes the prefixes of the RDF distributions
     * @param urls     where releases are published (the JSON-LD names its context by URL)
     * @param clock    gives each release's issued time
     */
    public ReleaseStore(Path root, Prefixes prefixes, ReleaseUrls urls, Clock clock) {
        this.root = Objects.requireNonNull(root);
        this.prefixes = Objects.requireNonNull(prefixes);
        this.urls = Objects.requireNonNull(urls);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Writes the next release of the dataset: number = the last one's + 1, or 1. */
    public Release publish(DatasetInfo dataset, ReleaseSource source) throws IOException {
        ReentrantLock lock = writeLocks.computeIfAbsent(dataset.id(), id -> new ReentrantLock());
        lock.lock();
        try {
            List<Integer> numbers = numbers(dataset.id());
            return write(dataset, numbers.isEmpty() ? 1 : numbers.getLast() + 1, source);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes release {@code number} of the dataset.
     *
     * @throws FileAlreadyExistsException if that release exists (releases are immutable), also when another
     *                                    writer finishes it first
     */
    public Release write(DatasetInfo dataset, int number, ReleaseSource source) throws IOException {
        if (number < 1) {
            throw new IllegalArgumentException("Release numbers start at 1: " + number);
        }
        Path datasetDir = root.resolve(dataset.id());
        Path target = datasetDir.resolve(Integer.toString(number));
        if (Files.exists(target)) {
            throw alreadyExists(target, dataset.id(), number);
        }
        Files.createDirectories(datasetDir);
        Path temporary = Files.createTempDirectory(datasetDir, WRITING_PREFIX + number + "-");
        try {
            List<Distribution> distributions = new ArrayList<>();
            for (DistributionWriter writer : writers(dataset, number)) {
                distributions.add(writeFile(temporary.resolve(writer.format().fileName()), writer, source));
            }
            distributions.sort(Comparator.comparing(Distribution::format));
            Release release = new Release(dataset.id(), number, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                    count(distributions, DistributionFormat.N_TRIPLES), count(distributions, DistributionFormat.CSV),
                    distributions);
            requireSameTripleCounts(release);
            writeFile(temporary.resolve(ReleaseManifest.FILE_NAME), out -> ReleaseManifest.write(release, out));
            sync(temporary);
            moveIntoPlace(temporary, target, dataset.id(), number);
            sync(datasetDir);
            return release;
        } catch (IOException | RuntimeException | Error e) {
            try {
                deleteIfPresent(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** The dataset's release numbers, ascending; empty if it has none. */
    public List<Integer> numbers(String datasetId) throws IOException {
        Path datasetDir = root.resolve(DatasetInfo.requireValidId(datasetId));
        if (!Files.isDirectory(datasetDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(datasetDir)) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> NUMBER.matcher(name).matches())
                    .map(Integer::valueOf)
                    .sorted()
                    .toList();
        }
    }

    /** The dataset's newest release: what its stable "latest" URL serves. */
    public Optional<Release> latest(String datasetId) throws IOException {
        List<Integer> numbers = numbers(datasetId);
        return numbers.isEmpty() ? Optional.empty() : release(datasetId, numbers.getLast());
    }

    /** One release's manifest, if the release exists. */
    public Optional<Release> release(String datasetId, int number) throws IOException {
        Path manifest = releaseDir(datasetId, number).resolve(ReleaseManifest.FILE_NAME);
        try (InputStream in = Files.newInputStream(manifest)) {
            return Optional.of(ReleaseManifest.read(in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** A file of a release, for serving, if the release exists. */
    public Optional<StoredDistribution> file(String datasetId, int number, DistributionFormat format)
            throws IOException {
        Path dir = releaseDir(datasetId, number);
        return release(datasetId, number)
                .flatMap(release -> release.distribution(format))
                .map(distribution -> new StoredDistribution(distribution, dir.resolve(distribution.fileName())));
    }

    private Path releaseDir(String datasetId, int number) {
        return root.resolve(DatasetInfo.requireValidId(datasetId)).resolve(Integer.toString(number));
    }

    private List<DistributionWriter> writers(DatasetInfo dataset, int number) {
        String contextUrl = urls.file(dataset.id(), number, DistributionFormat.JSON_LD_CONTEXT.fileName());
        return List.of(
                new NTriplesDistributionWriter(),
                new TurtleDistributionWriter(prefixes),
                new JsonLdDistributionWriter(prefixes, contextUrl),
                new JsonLdContextWriter(prefixes),
                new RdfXmlDistributionWriter(prefixes),
                new CsvDistributionWriter(),
                new CsvwMetadataWriter(dataset),
                new JsonDistributionWriter());
    }

    private static long count(List<Distribution> distributions, DistributionFormat format) {
        return distributions.stream().filter(d -> d.format() == format).findFirst().orElseThrow().count();
    }

    /** Each RDF file reads the source again: a source that changed in between would give files that disagree. */
    private static void requireSameTripleCounts(Release release) {
        for (Distribution distribution : release.distributions()) {
            if (distribution.format().isRdf() && distribution.count() != release.triples()) {
                throw new IllegalStateException("The source gave " + distribution.count() + " triples for "
                        + distribution.fileName() + " but " + release.triples() + " for "
                        + DistributionFormat.N_TRIPLES.fileName() + ": it must give the same data on every read");
            }
        }
    }

    private static Distribution writeFile(Path file, DistributionWriter writer, ReleaseSource source)
            throws IOException {
        Distribution[] written = new Distribution[1];
        writeFile(file, out -> written[0] = writer.write(source, out));
        return written[0];
    }

    /** Content written to an OutputStream; may throw IOException. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a new file, forces it to disk and makes it read-only. */
    private static void writeFile(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, CREATE_NEW, WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("r--r--r--"));
        }
    }

    /**
     * rename(2) of a directory is atomic and fails when the target is a non-empty directory, which every
     * release directory is: a release that appeared meanwhile is never replaced.
     */
    private static void moveIntoPlace(Path temporary, Path target, String datasetId, int number) throws IOException {
        if (Files.exists(target)) {
            throw alreadyExists(target, datasetId, number);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.exists(target)) {
                throw alreadyExists(target, datasetId, number);
            }
            throw e;
        }
    }

    /** Makes a directory's entries (new files, a rename) durable. */
    private static void sync(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, READ)) {
            channel.force(true);
        }
    }

    private static FileAlreadyExistsException alreadyExists(Path target, String datasetId, int number) {
        return new FileAlreadyExistsException(target.toString(), null,
                "release " + number + " of dataset " + datasetId + " exists; releases are immutable");
    }

    private static void deleteIfPresent(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
