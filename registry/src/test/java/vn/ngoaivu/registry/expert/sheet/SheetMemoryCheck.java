package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.SheetFormat;
import vn.ngoaivu.registry.sheet.ReadSummary;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import vn.ngoaivu.ontology.Ontology;

/**
 * Run by {@link ExpertSheetConstantMemoryTest} in a child JVM with a small heap: {@code <dir> <rows> [<xlsx>...]}
 * writes that many generated rows as CSV and as XLSX into {@code dir} with {@link ExpertSheetWriter}, reads
 * each file back with {@link ExpertSheetReader}, counting valid rows, then reads the other XLSX files given
 * (workbooks written as Excel writes them, with shared strings). Prints one line per step:
 * {@code <write|read> <format> rows=<n> valid=<n> ms=<n> peakHeapMiB=<n> bytes=<n>} (the peak heap is that of
 * the step, garbage included). Exits with 1 if a count is wrong.
 */
public final class SheetMemoryCheck {

    private SheetMemoryCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        ExpertSheetReader reader = new ExpertSheetReader(Ontology.load("http://localhost:8080/").schemes());
        boolean ok = true;
        for (SheetFormat format : SheetFormat.values()) {
            Path file = dir.resolve("experts." + format.extension());

            resetPeaks();
            long start = System.nanoTime();
            long written;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                written = new ExpertSheetWriter().write(out, format, SheetTestSupport.generated(count));
            }
            report("write", format, written, written, start, file);

            resetPeaks();
            AtomicLong valid = new AtomicLong();
            start = System.nanoTime();
            ReadSummary summary = reader.read(file, format, row -> {
                if (row.isValid()) {
                    valid.incrementAndGet();
                } else if (row.rowNumber() < 5) {
                    System.err.println("invalid row " + row);
                }
            });
            report("read", format, summary.rows(), valid.get(), start, file);
            ok &= written == count && summary.accepted() && summary.rows() == count && valid.get() == count;
        }
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            resetPeaks();
            AtomicLong valid = new AtomicLong();
            long start = System.nanoTime();
            ReadSummary summary = reader.read(file, SheetFormat.XLSX, row -> {
                if (row.isValid()) {
                    valid.incrementAndGet();
                }
            });
            report("read-excel", SheetFormat.XLSX, summary.rows(), valid.get(), start, file);
            ok &= summary.accepted() && summary.rows() == count && valid.get() == count;
        }
        System.exit(ok ? 0 : 1);
    }

    private static void report(String step, SheetFormat format, long rows, long valid, long start, Path file)
            throws java.io.IOException {
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(step + " " + format + " rows=" + rows + " valid=" + valid + " ms=" + ms
                + " peakHeapMiB=" + peak / (1024 * 1024) + " bytes=" + Files.size(file));
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
