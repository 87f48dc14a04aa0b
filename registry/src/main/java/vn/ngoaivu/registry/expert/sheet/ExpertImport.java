package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.SheetFormat;
import vn.ngoaivu.registry.sheet.RowProblem;
import vn.ngoaivu.registry.sheet.ImportReport;
import vn.ngoaivu.registry.sheet.RowOutcome;

import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.expert.Expert;
import vn.ngoaivu.registry.RegistryExceptions;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.ExpertService;
import vn.ngoaivu.registry.InvalidFieldsException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports officers' spreadsheets: each valid row creates the expert with its external key, or updates
 * the one that has it; a row equal to what is stored changes nothing, so importing the same file twice
 * is harmless. A dry run reports what would happen without writing. Rows stream through in chunks of
 * {@value #CHUNK}; only the report (one small entry per row) is kept.
 */
public final class ExpertImport {

    /** Rows created per transaction. */
    static final int CHUNK = 200;

    private final ExpertService experts;
    private final ExpertSheetReader reader;

    public ExpertImport(ExpertService experts, ExpertSheetReader reader) {
        this.experts = experts;
        this.reader = reader;
    }

    public ImportReport run(InputStream in, SheetFormat format, boolean dryRun, String owningUnit, Actor actor)
            throws IOException {
        return ImportReport.<ParsedRow>run(dryRun, CHUNK, sink -> reader.read(in, format, sink),
                chunk -> applyChunk(chunk, dryRun, owningUnit, actor));
    }

    /**
     * New rows of a chunk are created in one transaction (one commit for up to {@value #CHUNK} rows instead
     * of one each); if that batch is refused, its rows are applied one by one so that each gets its own
     * verdict. Other rows (updates, unchanged, rejected) go row by row. Outcomes keep the sheet's order.
     */
    private List<RowOutcome> applyChunk(List<ParsedRow> rows, boolean dryRun, String owningUnit, Actor actor) {
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        rows.forEach(row -> row.profile().flatMap(ExpertProfile::externalKey).ifPresent(keys::add));
        java.util.Map<String, Expert> existing = experts.findByExternalKeys(keys);
        java.util.Map<Long, RowOutcome> outcomes = new java.util.TreeMap<>();
        List<ParsedRow> creations = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ParsedRow row : rows) {
            Optional<String> key = row.profile().flatMap(ExpertProfile::externalKey);
            boolean newRow = key.isPresent() && !existing.containsKey(key.get()) && seen.add(key.get());
            if (newRow && !dryRun) {
                creations.add(row);
            } else {
                outcomes.put(row.rowNumber(), apply(row, dryRun, owningUnit, actor));
            }
        }
        if (!creations.isEmpty()) {
            try {
                List<Expert> created = experts.createAll(creations.stream().map(r -> r.profile().orElseThrow()).toList(),
                        owningUnit, actor);
                for (int i = 0; i < created.size(); i++) {
                    ParsedRow row = creations.get(i);
                    outcomes.put(row.rowNumber(), new RowOutcome(row.rowNumber(), RowOutcome.CREATED,
                            row.profile().flatMap(ExpertProfile::externalKey), Optional.of(created.get(i).id().toString()),
                            row.problems()));
                }
            } catch (RuntimeException batchRefused) {
                creations.forEach(row -> outcomes.put(row.rowNumber(), apply(row, false, owningUnit, actor)));
            }
        }
        return new ArrayList<>(outcomes.values());
    }

    private RowOutcome apply(ParsedRow row, boolean dryRun, String owningUnit, Actor actor) {
        if (row.profile().isEmpty()) {
            return rejected(row.rowNumber(), Optional.empty(), row.problems());
        }
        ExpertProfile sheet = row.profile().get();
        Optional<String> key = sheet.externalKey();
        if (key.isEmpty()) {
            return rejected(row.rowNumber(), key, List.of(new RowProblem(ExpertColumns.values()[0].headerVi(),
                    RowProblem.REQUIRED, "Cần mã hồ sơ để nhập lại không tạo bản trùng.",
                    "An external key is required, so that importing again creates no duplicates.")));
        }
        try {
            Optional<Expert> existing = experts.findByExternalKey(key.get());
            if (existing.isEmpty()) {
                String id = dryRun ? null : experts.create(sheet, owningUnit, actor).id().toString();
                return new RowOutcome(row.rowNumber(), RowOutcome.CREATED, key, Optional.ofNullable(id), row.problems());
            }
            Expert current = existing.get();
            ExpertProfile merged = withStoredExtras(sheet, current.profile());
            if (merged.equals(current.profile())) {
                return new RowOutcome(row.rowNumber(), RowOutcome.UNCHANGED, key, Optional.of(current.id().toString()), row.problems());
            }
            if (!actor.mayChange(current.owningUnit())) {
                throw new RegistryExceptions.OtherUnit(current.owningUnit());
            }
            if (!dryRun) {
                experts.update(current.id(), current.version(), merged, actor);
            }
            return new RowOutcome(row.rowNumber(), RowOutcome.UPDATED, key, Optional.of(current.id().toString()), row.problems());
        } catch (InvalidFieldsException e) {
            return rejected(row.rowNumber(), key, e.problems().stream()
                    .map(p -> new RowProblem(p.pointer(), p.code(), p.messageVi(), p.messageEn())).toList());
        } catch (RegistryExceptions.OtherUnit e) {
            return RowOutcome.otherUnit(row.rowNumber(), key);
        } catch (RegistryExceptions.StaleVersion | RegistryExceptions.Conflict e) {
            return RowOutcome.conflict(row.rowNumber(), key);
        }
    }

    /** The sheet has no nested lists, visibility or notes column semantics beyond its own: keep what is stored. */
    private static ExpertProfile withStoredExtras(ExpertProfile sheet, ExpertProfile stored) {
        return new ExpertProfile(sheet.externalKey(), sheet.fullName(), sheet.latinName(), sheet.gender(), sheet.birthYear(),
                sheet.hometown(), sheet.countryCode(), sheet.city(), sheet.organisation(), sheet.position(),
                sheet.academicTitle(), sheet.highestDegree(), sheet.fields(), sheet.keywords(), sheet.languages(),
                sheet.orcid(), sheet.email(), sheet.phone(), sheet.website(), sheet.collaborationInterests(),
                stored.affiliations(), stored.education(), stored.engagements(), sheet.notes(), stored.visibility());
    }

    private static RowOutcome rejected(long row, Optional<String> key, List<RowProblem> problems) {
        return RowOutcome.rejected(row, key, problems);
    }
}
