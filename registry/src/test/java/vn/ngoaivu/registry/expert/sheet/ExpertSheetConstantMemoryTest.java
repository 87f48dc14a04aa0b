package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.Cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constant memory. A child JVM limited to a 64 MiB heap writes 100,000 generated rows to a CSV file (about
 * 55 MB) and to an XLSX file, and reads each back through {@link ExpertSheetReader}; it then reads a 100,000-row
 * workbook this test wrote as Excel does (every text in the shared-strings table). The CSV file alone is
 * bigger than the heap and the rows as profiles would take several times more, so this passes only if writer
 * and reader stream. Prints the throughput of each step.
 */
class ExpertSheetConstantMemoryTest {

    private static final int ROWS = 100_000;
    private static final Pattern STEP = Pattern.compile(
            "(write|read|read-excel) (CSV|XLSX) rows=(\\d+) valid=(\\d+) ms=(\\d+) peakHeapMiB=(\\d+) bytes=(\\d+)");

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void hundredThousandRowsAreWrittenAndReadInA64MiBHeap(@TempDir Path dir) throws Exception {
        Path excelLike = dir.resolve("excel-like.xlsx");
        long start = System.nanoTime();
        writeAsExcelDoes(excelLike);
        System.out.printf("(this JVM) shared-strings workbook of %,d rows written in %,d ms, %,d bytes%n", ROWS,
                (System.nanoTime() - start) / 1_000_000, Files.size(excelLike));

        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                SheetMemoryCheck.class.getName(), dir.toString(), String.valueOf(ROWS), excelLike.toString());
        Path log = dir.resolve("child.log");
        start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(140, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, "the child JVM did not finish:\n" + output);
        assertEquals(0, process.exitValue(), "the child JVM failed:\n" + output);

        Matcher m = STEP.matcher(output);
        int steps = 0;
        while (m.find()) {
            steps++;
            long rows = Long.parseLong(m.group(3));
            long ms = Math.max(1, Long.parseLong(m.group(5)));
            assertEquals(ROWS, rows, m.group());
            assertEquals(ROWS, Long.parseLong(m.group(4)), m.group());
            System.out.printf("%-10s %-4s %,d rows in %,6d ms = %,7d rows/s; peak heap %2s MiB (of 64); file %,d bytes%n",
                    m.group(1), m.group(2), rows, ms, rows * 1000 / ms, m.group(6), Long.parseLong(m.group(7)));
        }
        assertEquals(5, steps, output);
        System.out.printf("child JVM in all (start, ontology, 5 steps): %,d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    /** The generated rows as Excel writes a workbook: text in the shared-strings table, not inline. */
    private static void writeAsExcelDoes(Path file) throws Exception {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            List<String> headers = ExpertSheetWriter.headers(false);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 1; r <= ROWS; r++) {
                List<Object> values = ExpertSheetWriter.values(SheetTestSupport.fullProfile(r));
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) instanceof Integer number) {
                        sheet.value(r, c, number);
                    } else if (!((String) values.get(c)).isEmpty()) {
                        sheet.value(r, c, Cells.escape((String) values.get(c)));
                    }
                }
                if (r % 1000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }
}
