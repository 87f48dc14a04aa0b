package vn.ngoaivu.registry.sheet;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the rows of the first sheet of an XLSX workbook in constant memory, shared strings included.
 *
 * <p>Why not fastexcel-reader alone: it streams the sheet, but keeps every shared string it has met in a
 * list, and Excel writes every text cell as a shared string, so reading an officer's workbook takes memory in
 * proportion to its text (a 100,000-row workbook saved by Excel does not fit a 64 MiB heap). Here the
 * shared-strings part is first copied to two temporary files (the strings, and their offsets), mapped into
 * memory outside the Java heap, and looked up by index; the sheet is then read with StAX, one row at a time.
 *
 * <p>The workbook is read as OOXML says: {@code _rels/.rels} names the workbook part, its relationships
 * name the sheets and the shared strings, and the first {@code <sheet>} of the workbook is the first sheet
 * (transitional and strict namespaces alike). DTDs and external entities are refused.
 */
final class XlsxRowReader implements Closeable {

    /** Excel's column limit: a cell reference beyond it is malformed. */
    private static final int MAX_COLUMNS = 16_384;
    /** Strings up to this length are cached (most repeated values are short: codes, countries, genders). */
    private static final int CACHED_STRING_MAX_CHARS = 256;
    private static final int CACHE_ENTRIES = 2_048;
    private static final XMLInputFactory XML = xmlInputFactory();

    private final ZipFile zip;
    private final SharedStrings sharedStrings;
    private final InputStream sheetStream;
    private final XMLStreamReader sheet;
    private long lastRow;
    private boolean done;

    /**
     * Opens the workbook and prepares its first sheet.
     *
     * @throws IOException on an unreadable or malformed workbook (as {@link java.util.zip.ZipException},
     *                     {@link XlsxFormatException})
     */
    XlsxRowReader(Path file) throws IOException {
        this.zip = new ZipFile(file.toFile());
        SharedStrings strings = null;
        InputStream stream = null;
        try {
            String workbookPart = target(relationships("_rels/.rels"), "", "/officeDocument")
                    .orElse("xl/workbook.xml");
            Map<String, String[]> workbookRels = relationships(relsOf(workbookPart));
            String sheetId = firstSheetRelationshipId(workbookPart);
            String[] sheetRel = workbookRels.get(sheetId);
            if (sheetRel == null) {
                throw new XlsxFormatException("the first sheet's relationship " + sheetId + " is missing");
            }
            String sheetPart = resolve(workbookPart, sheetRel[1]);
            java.util.Optional<String> stringsPart = target(workbookRels, workbookPart, "/sharedStrings");
            strings = stringsPart.isPresent() ? SharedStrings.spill(part(stringsPart.get())) : SharedStrings.NONE;
            stream = part(sheetPart);
            this.sheet = XML.createXMLStreamReader(stream);
            this.sheetStream = stream;
            this.sharedStrings = strings;
        } catch (XMLStreamException | RuntimeException e) {
            closeQuietly(stream);
            closeQuietly(strings);
            zip.close();
            throw new XlsxFormatException(e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(stream);
            closeQuietly(strings);
            zip.close();
            throw e;
        }
    }

    /** A workbook that does not follow the format. */
    static final class XlsxFormatException extends IOException {
        XlsxFormatException(String message) {
            super(message);
        }

        XlsxFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The next row that has a cell, or null after the last one. */
    SheetRow next() throws IOException {
        if (done) {
            return null;
        }
        try {
            while (sheet.hasNext()) {
                int event = sheet.next();
                if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                    return row();
                }
                if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("sheetData")) {
                    break;
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new XlsxFormatException("sheet after row " + lastRow + ": " + e.getMessage(), e);
        }
    }

    /** Reads a {@code <row>} from its start tag to its end tag. */
    private SheetRow row() throws XMLStreamException, IOException {
        String r = sheet.getAttributeValue(null, "r");
        long number = r == null ? lastRow + 1 : Long.parseLong(r.strip());
        lastRow = number;
        List<String> cells = new ArrayList<>();
        int column = -1;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c")) {
                String ref = sheet.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : columnIndex(ref);
                String text = cell(sheet.getAttributeValue(null, "t"));
                while (cells.size() < column) {
                    cells.add("");
                }
                if (column == cells.size()) {
                    cells.add(text);
                } else {
                    cells.set(column, text);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
                return new SheetRow(number, cells);
            }
        }
        throw new XlsxFormatException("row " + number + " is not closed");
    }

    /** Reads a {@code <c>} from after its start tag to its end tag; returns its text. */
    private String cell(String type) throws XMLStreamException, IOException {
        String value = null;
        String inline = null;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "v" -> value = sheet.getElementText();
                    case "is" -> inline = richText(sheet, "is");
                    default -> skipElement(sheet);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("c")) {
                break;
            }
        }
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> value == null ? "" : sharedStrings.get(Integer.parseInt(value.strip()));
            case "inlineStr" -> inline != null ? inline : value == null ? "" : value;
            case "b" -> "1".equals(value == null ? null : value.strip()) ? "TRUE" : value == null ? "" : "FALSE";
            case "n" -> value == null ? "" : number(value);
            default -> value == null ? "" : value; // str (a formula's text), e (an error), d (an ISO date)
        };
    }

    /** A number as people write it: 1975, not 1975.0 or 1.975E3. */
    private static String number(String raw) {
        try {
            BigDecimal number = new BigDecimal(raw.strip());
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /**
     * The text of a rich-text element ({@code <si>}, {@code <is>}): its {@code <t>} elements, direct or in runs
     * ({@code <r>}), but not the phonetic guides ({@code <rPh>}) Excel adds to East Asian text.
     */
    private static String richText(XMLStreamReader xml, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    phonetic++;
                } else if (name.equals("t")) {
                    String t = xml.getElementText();
                    if (phonetic == 0) {
                        text.append(t);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    phonetic--;
                } else if (name.equals(element)) {
                    return text.toString();
                }
            }
        }
        throw new XMLStreamException("<" + element + "> is not closed");
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The 0-based column of a cell reference: "A1" → 0, "AB12" → 27. */
    static int columnIndex(String ref) throws XlsxFormatException {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (column > MAX_COLUMNS) {
                throw new XlsxFormatException("cell reference beyond column XFD: " + ref);
            }
        }
        if (i == 0) {
            throw new XlsxFormatException("cell reference without a column: " + ref);
        }
        return column - 1;
    }

    // --------------------------------------------------------------------------------------------
    // Parts and relationships

    private InputStream part(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new XlsxFormatException("part " + name + " is missing");
        }
        return zip.getInputStream(entry);
    }

    /** Relationships of a .rels part by id: {type, target}; empty if the part is missing. */
    private Map<String, String[]> relationships(String relsPart) throws IOException, XMLStreamException {
        Map<String, String[]> relationships = new LinkedHashMap<>();
        ZipEntry entry = zip.getEntry(relsPart);
        if (entry == null) {
            return relationships;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                        relationships.put(xml.getAttributeValue(null, "Id"),
                                new String[] {String.valueOf(xml.getAttributeValue(null, "Type")),
                                        String.valueOf(xml.getAttributeValue(null, "Target"))});
                    }
                }
            } finally {
                xml.close();
            }
        }
        return relationships;
    }

    /** The part the first relationship of a type (by the end of its type URI) points to. */
    private static java.util.Optional<String> target(Map<String, String[]> relationships, String source,
                                                     String typeSuffix) {
        return relationships.values().stream()
                .filter(rel -> rel[0].toLowerCase(Locale.ROOT).endsWith(typeSuffix.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(rel -> resolve(source, rel[1]));
    }

    /** The r:id of the workbook's first {@code <sheet>}. */
    private String firstSheetRelationshipId(String workbookPart) throws IOException, XMLStreamException {
        try (InputStream in = part(workbookPart)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            String namespace = xml.getAttributeNamespace(i);
                            if (xml.getAttributeLocalName(i).equals("id") && namespace != null && !namespace.isEmpty()) {
                                return xml.getAttributeValue(i);
                            }
                        }
                        throw new XlsxFormatException("the first sheet has no relationship id");
                    }
                }
            } finally {
                xml.close();
            }
        }
        throw new XlsxFormatException("the workbook has no sheet");
    }

    /** The relationships part of a part: {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A relationship target, relative to its source part's folder unless absolute. */
    static String resolve(String sourcePart, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        String folder = sourcePart.substring(0, sourcePart.lastIndexOf('/') + 1);
        List<String> segments = new ArrayList<>(List.of((folder + target).split("/")));
        List<String> resolved = new ArrayList<>();
        for (String segment : segments) {
            if (segment.equals("..")) {
                if (!resolved.isEmpty()) {
                    resolved.remove(resolved.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                resolved.add(segment);
            }
        }
        return String.join("/", resolved);
    }

    @Override
    public void close() throws IOException {
        try {
            closeQuietly(sheetStream);
            sharedStrings.close();
        } finally {
            zip.close();
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                // closing after another failure: the first one is reported
            }
        }
    }

    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    // --------------------------------------------------------------------------------------------
    // Shared strings, spilled to disk

    /**
     * The shared-strings table, in two temporary files mapped outside the heap: the strings (UTF-8, each after
     * its length) and the offset of each string. A small cache keeps the short strings looked up last.
     */
    private static class SharedStrings implements Closeable {

        static final SharedStrings NONE = new SharedStrings();

        private final Path dataFile;
        private final Path offsetFile;
        private final MappedByteBuffer data;
        private final MappedByteBuffer offsets;
        private final int count;
        private final Map<Integer, String> cache = new LinkedHashMap<>(CACHE_ENTRIES * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
                return size() > CACHE_ENTRIES;
            }
        };

        private SharedStrings() {
            this.dataFile = null;
            this.offsetFile = null;
            this.data = null;
            this.offsets = null;
            this.count = 0;
        }

        private SharedStrings(Path dataFile, Path offsetFile, int count) throws IOException {
            this.dataFile = dataFile;
            this.offsetFile = offsetFile;
            this.count = count;
            this.data = map(dataFile);
            this.offsets = map(offsetFile);
        }

        private static MappedByteBuffer map(Path file) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                if (channel.size() > Integer.MAX_VALUE) {
                    throw new XlsxFormatException("shared strings beyond 2 GB");
                }
                return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            }
        }

        /** Reads a sharedStrings part to temporary files (owner-only, deleted on {@link #close()}). */
        static SharedStrings spill(InputStream part) throws IOException, XMLStreamException {
            Path dataFile = Files.createTempFile("ngoaivu-sst-", ".bin");
            Path offsetFile = Files.createTempFile("ngoaivu-sst-", ".idx");
            int count = 0;
            try (InputStream in = part;
                 DataOutputStream strings = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dataFile), 1 << 16));
                 DataOutputStream index = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(offsetFile), 1 << 16))) {
                XMLStreamReader xml = XML.createXMLStreamReader(in);
                try {
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                            byte[] utf8 = richText(xml, "si").getBytes(StandardCharsets.UTF_8);
                            if ((long) strings.size() + utf8.length + 4 >= Integer.MAX_VALUE) {
                                throw new XlsxFormatException("shared strings beyond 2 GB");
                            }
                            index.writeInt(strings.size());
                            strings.writeInt(utf8.length);
                            strings.write(utf8);
                            count++;
                        }
                    }
                } finally {
                    xml.close();
                }
            } catch (IOException | XMLStreamException | RuntimeException e) {
                Files.deleteIfExists(dataFile);
                Files.deleteIfExists(offsetFile);
                throw e;
            }
            return new SharedStrings(dataFile, offsetFile, count);
        }

        String get(int index) throws XlsxFormatException {
            if (index < 0 || index >= count) {
                throw new XlsxFormatException("shared string " + index + " of " + count);
            }
            String cached = cache.get(index);
            if (cached != null) {
                return cached;
            }
            int offset = offsets.getInt(index * 4);
            int length = data.getInt(offset);
            byte[] utf8 = new byte[length];
            data.get(offset + 4, utf8);
            String text = new String(utf8, StandardCharsets.UTF_8);
            if (text.length() <= CACHED_STRING_MAX_CHARS) {
                cache.put(index, text);
            }
            return text;
        }

        @Override
        public void close() throws IOException {
            if (dataFile != null) {
                Files.deleteIfExists(dataFile);
                Files.deleteIfExists(offsetFile);
            }
        }
    }
}
