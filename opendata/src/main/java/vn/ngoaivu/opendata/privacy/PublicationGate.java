package vn.ngoaivu.opendata.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.dataset.FieldOrigin;
import vn.ngoaivu.opendata.dataset.PublishedField;
import vn.ngoaivu.opendata.dataset.Sql;
import vn.ngoaivu.opendata.release.Column;
import vn.ngoaivu.opendata.release.ReleaseSource;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The privacy gate: reads what a dataset's source would publish (its rows) and checks every personal value against
 * the registry, independently of how the source selected it. A value fails when it is a personal field of a record
 * (records carry no consent to publication), an expert's field without a current public-directory consent, a field
 * the expert did not make public or that the directory never publishes, or a count of fewer than
 * {@link KAnonymity#MIN_CELL} people. Any failure blocks the whole dataset. Constant memory: experts are looked up
 * {@value #BATCH} at a time.
 */
public final class PublicationGate {

    static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;

    public PublicationGate(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Throws {@link PublicationBlocked} unless the dataset passes; returns the (clean) report otherwise. */
    public PrivacyReport requirePublishable(DatasetDefinition definition, ReleaseSource source) {
        PrivacyReport report = check(definition, source);
        if (!report.publishable()) {
            throw new PublicationBlocked(report);
        }
        return report;
    }

    public PrivacyReport check(DatasetDefinition definition, ReleaseSource source) {
        List<String> declared = definition.fields().stream().map(f -> f.column().name()).toList();
        List<String> actual = source.columns().stream().map(Column::name).toList();
        if (!declared.equals(actual)) {
            return new PrivacyReport(definition.id(), List.of(new PrivacyReport.Finding(String.join(", ", actual), "", "",
                    PrivacyReport.Reason.UNDECLARED_COLUMNS, actual.size())));
        }
        Tally tally = new Tally(definition.fields());
        source.rows(tally::row);
        tally.flushExperts();
        return new PrivacyReport(definition.id(), tally.findings());
    }

    /** Counts failing values per column and reason while the rows stream by. */
    private final class Tally {
        private final List<PublishedField> fields;
        private final int identifier;
        private final Map<Integer, Map<PrivacyReport.Reason, Long>> counts = new HashMap<>();
        /** Experts seen but not yet looked up: id → indexes of their non-empty expert-field cells. */
        private final Map<UUID, List<Integer>> pending = new LinkedHashMap<>();

        Tally(List<PublishedField> fields) {
            this.fields = fields;
            int id = -1;
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).origin() instanceof FieldOrigin.Identifier) {
                    id = i;
                }
            }
            this.identifier = id;
        }

        void row(List<String> cells) {
            List<Integer> expertCells = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                String cell = cells.get(i);
                if (cell == null || cell.isEmpty()) {
                    continue;
                }
                switch (fields.get(i).origin()) {
                    case FieldOrigin.RecordField field when field.personal() ->
                            add(i, PrivacyReport.Reason.PERSONAL_WITHOUT_CONSENT);
                    case FieldOrigin.ExpertField field when FieldOrigin.NEVER_IN_DIRECTORY.contains(field.name()) ->
                            add(i, PrivacyReport.Reason.FIELD_NEVER_PUBLIC);
                    case FieldOrigin.ExpertField field -> expertCells.add(i);
                    case FieldOrigin.PeopleCount count when smallCell(cell) -> add(i, PrivacyReport.Reason.SMALL_CELL);
                    default -> { }
                }
            }
            if (!expertCells.isEmpty()) {
                UUID expert = expertId(cells);
                if (expert == null) {
                    expertCells.forEach(i -> add(i, PrivacyReport.Reason.EXPERT_WITHOUT_CONSENT));
                } else {
                    pending.merge(expert, expertCells, (a, b) -> {
                        List<Integer> both = new ArrayList<>(a);
                        both.addAll(b);
                        return both;
                    });
                }
            }
        }

        private boolean smallCell(String cell) {
            long people = Long.parseLong(cell);
            return people > 0 && people < KAnonymity.MIN_CELL;
        }

        /** The expert's id from the row's identifier ({@code …/id/expert/{uuid}}); null when there is none. */
        private UUID expertId(List<String> cells) {
            if (identifier < 0 || cells.get(identifier) == null) {
                return null;
            }
            String iri = cells.get(identifier);
            try {
                return UUID.fromString(iri.substring(iri.lastIndexOf('/') + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /**
         * Checks the experts seen, {@value #BATCH} at a time, once the source's rows are read: a query here while the
         * source's stream still holds its connection would need a second one from the pool.
         */
        void flushExperts() {
            if (pending.isEmpty()) {
                return;
            }
            Map<UUID, Map<String, String>> publicOnes = new HashMap<>();
            List<UUID> ids = new ArrayList<>(pending.keySet());
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<UUID> batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
                String sql = "SELECT id, visibility::text AS visibility FROM expert WHERE consent_public_directory "
                        + "AND deleted_at IS NULL AND erased_at IS NULL AND merged_into IS NULL AND id IN ("
                        + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")";
                Sql.stream(dataSource, sql, new ArrayList<>(batch), row ->
                        publicOnes.put(row.getObject("id", UUID.class), visibility(row.getString("visibility"))));
            }
            pending.forEach((expert, indexes) -> {
                Map<String, String> visibility = publicOnes.get(expert);
                for (int i : indexes) {
                    String field = ((FieldOrigin.ExpertField) fields.get(i).origin()).name();
                    if (visibility == null) {
                        add(i, PrivacyReport.Reason.EXPERT_WITHOUT_CONSENT);
                    } else if (!"public".equals(visibility.get(field))) {
                        add(i, PrivacyReport.Reason.FIELD_NOT_PUBLIC);
                    }
                }
            });
            pending.clear();
        }

        private void add(int column, PrivacyReport.Reason reason) {
            counts.computeIfAbsent(column, c -> new EnumMap<>(PrivacyReport.Reason.class)).merge(reason, 1L, Long::sum);
        }

        List<PrivacyReport.Finding> findings() {
            List<PrivacyReport.Finding> findings = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                PublishedField field = fields.get(i);
                counts.getOrDefault(i, Map.of()).forEach((reason, count) -> findings.add(new PrivacyReport.Finding(
                        field.column().name(), field.origin().labelVi(), field.origin().labelEn(), reason, count)));
            }
            return findings;
        }
    }

    private static Map<String, String> visibility(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an expert's visibility is not a JSON object", e);
        }
    }
}
