package vn.ngoaivu.registry.record.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.InvalidFieldsException;
import vn.ngoaivu.registry.RegistryExceptions;
import vn.ngoaivu.registry.document.DocumentReference;
import vn.ngoaivu.registry.document.DocumentReferences;
import vn.ngoaivu.registry.record.ForeignAffairsRecord;
import vn.ngoaivu.registry.record.RecordKind;
import vn.ngoaivu.registry.record.RecordService;
import vn.ngoaivu.registry.record.RecordValidator;
import vn.ngoaivu.registry.sheet.ImportReport;
import vn.ngoaivu.registry.sheet.RowOutcome;
import vn.ngoaivu.registry.sheet.SheetFormat;

/**
 * Imports a sheet of one record kind: a valid row creates the record with its row key, or updates the one of the kind
 * that has it; a row equal to what is stored changes nothing, so importing the same file twice is harmless. A dry run
 * reports what would happen without writing. Rows stream through in chunks of {@value #CHUNK}: the chunk's new rows
 * are created in one transaction per status ({@link RecordService#createAll}), and if a batch is refused its rows go
 * one by one so that each gets its own verdict.
 *
 * <p>What an update keeps: the status (it moves only along the workflow) and the documents the record cites (the
 * sheet shows one; a row's document is added to them, or changes the role of the same document already cited).
 */
public final class RecordImport {

    /** Rows per chunk. */
    static final int CHUNK = 200;

    private final RecordService records;
    private final RecordSheetReader reader;
    private final DocumentReferences documents;

    public RecordImport(RecordService records, RecordSheetReader reader, DocumentReferences documents) {
        this.records = records;
        this.reader = reader;
        this.documents = documents;
    }

    /**
     * Reads and applies a sheet of {@code kind}.
     *
     * @param owningUnit the unit new records belong to
     * @throws IOException if reading {@code in} fails; a malformed file is a problem in the report
     */
    public ImportReport run(InputStream in, SheetFormat format, RecordKind kind, boolean dryRun, String owningUnit,
                            Actor actor) throws IOException {
        RecordSheetColumns columns = RecordSheetColumns.of(kind);
        return ImportReport.<RecordSheetRow>run(dryRun, CHUNK, sink -> reader.read(in, format, kind, sink),
                chunk -> new Chunk(columns, dryRun, owningUnit, actor).apply(chunk));
    }

    /** One chunk's application, with what it needs at hand. */
    private final class Chunk {
        private final RecordSheetColumns columns;
        private final RecordKind kind;
        private final boolean dryRun;
        private final String owningUnit;
        private final Actor actor;

        Chunk(RecordSheetColumns columns, boolean dryRun, String owningUnit, Actor actor) {
            this.columns = columns;
            this.kind = columns.kind();
            this.dryRun = dryRun;
            this.owningUnit = owningUnit;
            this.actor = actor;
        }

        /** New rows first, in batches by status, then the others row by row; outcomes in the sheet's order. */
        List<RowOutcome> apply(List<RecordSheetRow> rows) {
            Set<String> keys = new HashSet<>();
            rows.forEach(row -> row.externalKey().ifPresent(keys::add));
            Map<String, ForeignAffairsRecord> existing = records.findByExternalKeys(kind, keys);
            Map<Long, RowOutcome> outcomes = new TreeMap<>();
            Map<Optional<String>, List<RecordSheetRow>> creations = new LinkedHashMap<>();
            List<RecordSheetRow> others = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (RecordSheetRow row : rows) {
                boolean newRow = row.externalKey().filter(key -> !existing.containsKey(key) && seen.add(key)).isPresent();
                if (newRow && !dryRun) {
                    creations.computeIfAbsent(row.status(), status -> new ArrayList<>()).add(row);
                } else {
                    others.add(row);
                }
            }
            creations.forEach((status, batch) -> createBatch(status, batch, outcomes));
            others.forEach(row -> outcomes.put(row.rowNumber(), applyRow(row)));
            return new ArrayList<>(outcomes.values());
        }

        private void createBatch(Optional<String> status, List<RecordSheetRow> batch, Map<Long, RowOutcome> outcomes) {
            try {
                List<ForeignAffairsRecord> created = records.createAll(kind,
                        batch.stream().map(row -> row.checked().orElseThrow().content()).toList(), status, owningUnit, actor);
                for (int i = 0; i < created.size(); i++) {
                    RecordSheetRow row = batch.get(i);
                    outcomes.put(row.rowNumber(), new RowOutcome(row.rowNumber(), RowOutcome.CREATED, row.externalKey(),
                            Optional.of(created.get(i).id().toString()), row.problems()));
                }
            } catch (RuntimeException batchRefused) {
                batch.forEach(row -> outcomes.put(row.rowNumber(), applyRow(row)));
            }
        }

        private RowOutcome applyRow(RecordSheetRow row) {
            if (row.checked().isEmpty()) {
                return RowOutcome.rejected(row.rowNumber(), Optional.empty(), row.problems());
            }
            RecordValidator.Checked sheet = row.checked().get();
            Optional<String> key = row.externalKey();
            try {
                ForeignAffairsRecord current = records.findByExternalKeys(kind, List.of(key.orElseThrow())).get(key.get());
                if (current == null) {
                    if (dryRun && !actor.mayChange(owningUnit)) {
                        throw new RegistryExceptions.OtherUnit(owningUnit); // as the real run would refuse it
                    }
                    String id = dryRun ? null
                            : records.create(kind, sheet.content(), row.status(), owningUnit, actor).id().toString();
                    return new RowOutcome(row.rowNumber(), RowOutcome.CREATED, key, Optional.ofNullable(id), row.problems());
                }
                Optional<String> id = Optional.of(current.id().toString());
                Map<UUID, DocumentReference> cited = documents.byIds(
                        current.documents().stream().map(ForeignAffairsRecord.Cited::documentId).toList());
                if (RecordComparison.unchanged(current, sheet, cited)) {
                    return new RowOutcome(row.rowNumber(), RowOutcome.UNCHANGED, key, id, row.problems());
                }
                if (!actor.mayChange(current.owningUnit())) {
                    throw new RegistryExceptions.OtherUnit(current.owningUnit());
                }
                if (!dryRun) {
                    records.update(current.id(), current.version(), RecordComparison.merged(current, sheet, cited), actor);
                }
                return new RowOutcome(row.rowNumber(), RowOutcome.UPDATED, key, id, row.problems());
            } catch (InvalidFieldsException e) {
                return RowOutcome.rejected(row.rowNumber(), key, e.problems().stream()
                        .map(problem -> RecordSheetReader.rowProblem(columns, problem)).toList());
            } catch (RegistryExceptions.OtherUnit e) {
                return RowOutcome.otherUnit(row.rowNumber(), key);
            } catch (RegistryExceptions.StaleVersion | RegistryExceptions.Conflict
                     | org.hibernate.exception.ConstraintViolationException e) {
                // The last: another import or request created the same row or document meanwhile.
                return RowOutcome.conflict(row.rowNumber(), key);
            }
        }
    }
}
