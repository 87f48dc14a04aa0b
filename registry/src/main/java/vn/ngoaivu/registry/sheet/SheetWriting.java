package vn.ngoaivu.registry.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** What every sheet the platform writes has in common: the CSV dialect Excel opens well, the workbook's header row. */
public final class SheetWriting {

    private static final String APPLICATION = "ngoaivu-platform";
    private static final String APPLICATION_VERSION = "1.0";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SheetWriting() {
    }

    /**
     * A CSV printer: UTF-8 with a byte-order mark (so Excel shows Vietnamese correctly), comma-separated, RFC 4180
     * quoting, CRLF. Flush it when done; the stream is not closed.
     */
    public static CSVPrinter csv(OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        return new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024),
                CSVFormat.RFC4180);
    }

    /** A workbook written to {@code out}; call {@link Workbook#finish()} when done. */
    public static Workbook workbook(OutputStream out) {
        return new Workbook(out, APPLICATION, APPLICATION_VERSION);
    }

    /** Writes the header row, bold on a light fill, and freezes the sheet below it. */
    public static void header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("DDEBF7").set();
        sheet.freezePane(0, 1);
    }
}
