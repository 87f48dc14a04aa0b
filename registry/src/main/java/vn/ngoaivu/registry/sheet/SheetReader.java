package vn.ngoaivu.registry.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a sheet of known columns row by row: finds the header ({@link SheetHeader}), skips blank rows (they keep
 * their numbers), reports values in unnamed columns, and hands each data row, parsed, to a sink as soon as it is
 * read. A file-level error (a missing required column, a broken file) stops the reading; see {@link ReadSummary}.
 *
 * @param <C> the column type
 * @param <R> what a row is parsed into
 */
public final class SheetReader<C extends SheetColumn, R> {

    /** Turns one data row into its parsed form, with its problems. */
    public interface RowParser<C extends SheetColumn, R> {
        R parse(SheetHeader<C> header, SheetRow row);
    }

    private final SheetColumns<C> columns;
    private final RowParser<C, R> parser;
    private final Predicate<R> valid;

    /**
     * @param valid whether a parsed row has no error (counted in {@link ReadSummary#validRows()})
     */
    public SheetReader(SheetColumns<C> columns, RowParser<C, R> parser, Predicate<R> valid) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.valid = Objects.requireNonNull(valid, "valid");
    }

    /**
     * Reads a spreadsheet, handing each non-blank data row to {@code sink} as soon as it is read.
     *
     * @return the file-level problems and the counts; check {@link ReadSummary#accepted()} before importing
     * @throws IOException if reading {@code in} fails (a malformed file is a problem in the summary, not an
     *                     exception); {@code in} is not closed
     */
    public ReadSummary read(InputStream in, SheetFormat format, Consumer<R> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        Counts counts = new Counts();
        SheetFiles.read(in, format, rows -> read(rows, sink, counts)).ifPresent(counts.fileProblems::add);
        return counts.summary();
    }

    /** Reads a spreadsheet file; see {@link #read(InputStream, SheetFormat, Consumer)}. */
    public ReadSummary read(Path file, SheetFormat format, Consumer<R> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        Counts counts = new Counts();
        SheetFiles.read(file, format, rows -> read(rows, sink, counts)).ifPresent(counts.fileProblems::add);
        return counts.summary();
    }

    private static final class Counts {
        final List<RowProblem> fileProblems = new ArrayList<>();
        long headerRow;
        long rows;
        long valid;

        ReadSummary summary() {
            return new ReadSummary(fileProblems, headerRow, rows, valid);
        }
    }

    private void read(SheetRows source, Consumer<R> sink, Counts counts) throws IOException, SheetException {
        Optional<SheetHeader<C>> found = SheetHeader.find(source, columns, counts.fileProblems);
        if (found.isEmpty()) {
            counts.fileProblems.add(SheetFiles.emptyFile());
            return;
        }
        SheetHeader<C> header = found.get();
        counts.headerRow = header.rowNumber();
        if (counts.fileProblems.stream().anyMatch(RowProblem::isError)) {
            return;
        }
        SheetRow row;
        while ((row = source.next()) != null) {
            if (header.isBlank(row)) {
                continue;
            }
            header.checkUnnamed(row, counts.fileProblems);
            R parsed = parser.parse(header, row);
            counts.rows++;
            if (valid.test(parsed)) {
                counts.valid++;
            }
            sink.accept(parsed);
        }
    }
}
