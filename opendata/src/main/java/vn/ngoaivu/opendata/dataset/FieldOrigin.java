package vn.ngoaivu.opendata.dataset;

import vn.ngoaivu.registry.record.FieldSpec;
import vn.ngoaivu.registry.record.RecordKind;

import java.util.Objects;
import java.util.Set;

/**
 * Where a published column's values come from, so that the privacy gate can tell personal data from the rest
 * without trusting the source's code.
 */
public sealed interface FieldOrigin {

    /** Whether the values are personal data (about an identifiable person). */
    boolean personal();

    /** Labels for reports, Vietnamese and English. */
    String labelVi();

    String labelEn();

    /** Not about people: titles, dates, organisations, codes. */
    record Plain() implements FieldOrigin {
        @Override
        public boolean personal() {
            return false;
        }

        @Override
        public String labelVi() {
            return "";
        }

        @Override
        public String labelEn() {
            return "";
        }
    }

    /** A field of a record kind; personal as its {@link FieldSpec#personal()} says. */
    record RecordField(RecordKind kind, String name) implements FieldOrigin {
        public RecordField {
            Objects.requireNonNull(kind);
            if (kind.field(name).isEmpty()) {
                throw new IllegalArgumentException(kind.code() + " has no field " + name);
            }
        }

        private FieldSpec spec() {
            return kind.field(name).orElseThrow();
        }

        @Override
        public boolean personal() {
            return spec().personal();
        }

        @Override
        public String labelVi() {
            return spec().labelVi();
        }

        @Override
        public String labelEn() {
            return spec().labelEn();
        }
    }

    /**
     * A field of an expert's profile (a name of {@code ExpertValidator.SHAREABLE_FIELDS}). Every profile field is
     * personal: it may be published only for an expert who consents to the public directory, and only where the
     * expert's visibility for that field is public.
     */
    record ExpertField(String name) implements FieldOrigin {
        public ExpertField {
            Objects.requireNonNull(name);
            if (!vn.ngoaivu.registry.expert.ExpertValidator.SHAREABLE_FIELDS.contains(name)) {
                throw new IllegalArgumentException("not a shareable expert field: " + name);
            }
        }

        @Override
        public boolean personal() {
            return true;
        }

        @Override
        public String labelVi() {
            return "trường hồ sơ chuyên gia " + name;
        }

        @Override
        public String labelEn() {
            return "expert profile field " + name;
        }
    }

    /** A count of people in a statistics cell: published only from {@code KAnonymity.MIN_CELL} up. */
    record PeopleCount() implements FieldOrigin {
        @Override
        public boolean personal() {
            return false;
        }

        @Override
        public String labelVi() {
            return "số người trong ô thống kê";
        }

        @Override
        public String labelEn() {
            return "number of people in a statistics cell";
        }
    }

    /** The published resource's IRI ({@code {base}id/{kind}/{uuid}}), which the gate reads to find its row. */
    record Identifier() implements FieldOrigin {
        @Override
        public boolean personal() {
            return false;
        }

        @Override
        public String labelVi() {
            return "";
        }

        @Override
        public String labelEn() {
            return "";
        }
    }

    /** Expert fields never published, whatever their visibility: the ontology's directory shape forbids them. */
    Set<String> NEVER_IN_DIRECTORY = Set.of("gender", "birthYear", "email", "phone", "engagements");
}
