package vn.ngoaivu.registry.sheet;

import java.io.Closeable;
import java.io.IOException;

/** The rows of one sheet, one at a time, whatever the file's format. */
public interface SheetRows extends Closeable {

    /**
     * The next row, or null at the end.
     *
     * @throws SheetException when the file turns out to be broken at this point (bad quoting, not UTF-8, a damaged
     *                        workbook)
     */
    SheetRow next() throws IOException, SheetException;
}
