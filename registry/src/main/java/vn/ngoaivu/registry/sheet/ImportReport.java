package vn.ngoaivu.registry.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole run of a spreadsheet import: counts, one outcome per row, and problems with the file itself.
 */
public record ImportReport(boolean dryRun, long created, long updated, long unchanged, long rejected,
                           List<RowOutcome> rows, List<RowProblem> fileProblems) {

    public ImportReport {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    /** Reads a sheet, handing each parsed row to a sink. */
    public interface Source<R> {
        ReadSummary read(Consumer<R> sink) throws IOException;
    }

    /**
     * Streams the rows of {@code source} through {@code applyChunk} in chunks of {@code chunkSize} (the last may be
     * smaller): only the chunk at hand and the small per-row outcomes are kept, so memory does not grow with the
     * rows' content.
     *
     * @param applyChunk applies a chunk and returns one outcome per row, in the sheet's order
     */
    public static <R> ImportReport run(boolean dryRun, int chunkSize, Source<R> source,
                                       Function<List<R>, List<RowOutcome>> applyChunk) throws IOException {
        List<RowOutcome> outcomes = new ArrayList<>();
        List<R> chunk = new ArrayList<>(chunkSize);
        ReadSummary summary = source.read(row -> {
            chunk.add(row);
            if (chunk.size() == chunkSize) {
                outcomes.addAll(applyChunk.apply(List.copyOf(chunk)));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            outcomes.addAll(applyChunk.apply(List.copyOf(chunk)));
        }
        long[] counts = new long[4];
        for (RowOutcome outcome : outcomes) {
            switch (outcome.action()) {
                case RowOutcome.CREATED -> counts[0]++;
                case RowOutcome.UPDATED -> counts[1]++;
                case RowOutcome.UNCHANGED -> counts[2]++;
                default -> counts[3]++;
            }
        }
        return new ImportReport(dryRun, counts[0], counts[1], counts[2], counts[3], outcomes, summary.fileProblems());
    }
}
