package vn.ngoaivu.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import vn.ngoaivu.ontology.Concept;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.demo.FieldTables.Field;
import vn.ngoaivu.registry.demo.FieldTables.Keyword;
import vn.ngoaivu.registry.demo.NameTables.Part;
import vn.ngoaivu.registry.demo.WorldTables.Country;
import vn.ngoaivu.registry.demo.WorldTables.Org;
import vn.ngoaivu.registry.demo.WorldTables.OrgType;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.ExpertProfile.Affiliation;
import vn.ngoaivu.registry.expert.ExpertProfile.Education;
import vn.ngoaivu.registry.expert.ExpertProfile.Engagement;
import vn.ngoaivu.registry.expert.Orcid;
import vn.ngoaivu.registry.expert.Visibility;

/**
 * Realistic, clearly fictional profiles of overseas experts for demonstrations, tests and benchmarks.
 *
 * <p><b>Fictional.</b> Names are random combinations of a family name, a middle name and a given name drawn
 * from their frequencies; no table holds a person. Organisations, cities and hometowns are real places, the
 * people in them are not. Every profile's notes start with {@link #FICTIONAL_MARKER}; its external key is
 * {@code DEMO-000001}, {@code DEMO-000002}, ...; emails use only the domains reserved for examples by
 * RFC 2606 ({@link #EMAIL_DOMAINS}); telephone numbers are in ranges reserved for fiction where the country
 * has one (+1 NXX-555-0100–0199, +44 7700 900xxx, +61 x 5550 xxxx), otherwise {@code +cc 555 01xx}; ORCID iDs
 * have valid check digits but lie in {@code 0009-99xx-xxxx-xxxx}, outside the blocks ORCID has allocated
 * (0000-0001-5000-0007 to 0000-0003-5000-0001 and 0009-0000-0000-0000 to 0009-0010-0000-0000).
 *
 * <p><b>Realistic.</b> Family names follow the national distribution (Nguyễn about 38 %); gender, birth year
 * (1950–1995), country of residence (weighted as Vietnamese scientists abroad are spread), organisation and
 * city, position, academic title (GS, PGS: rare, only for professors old enough), degree and the education
 * that leads to it, fields (FORD, 1–3, mostly in one area) with matching keywords in English and Vietnamese,
 * languages, contacts, collaboration interests and engagements with the province (2018–2026) are drawn so that
 * they fit together. Every code is checked against the ontology's code lists when the generator is built.
 *
 * <p><b>Deterministic and lazy.</b> Profile number {@code n} depends only on the seed and {@code n}: it is
 * drawn from its own {@link SplittableRandom} seeded by mixing both. So {@link #stream(long)} holds nothing
 * but a counter whatever the count, any profile can be regenerated alone ({@link #profile(long)}), and a
 * parallel stream yields the same profiles as a sequential one. All tables are built once, in the constructor.
 *
 * <p>Instances are immutable apart from the cursor of {@link #next()}, which is atomic: share them freely.
 */
public final class SyntheticExperts {

    /** Every generated profile's notes start with this text. */
    public static final String FICTIONAL_MARKER = "Dữ liệu giả lập (synthetic, fictional)";
    /** Prefix of the external keys: {@code DEMO-000001}, {@code DEMO-000002}, ... */
    public static final String EXTERNAL_KEY_PREFIX = "DEMO-";
    /** The only email domains used: reserved for documentation and examples by RFC 2606. */
    public static final Set<String> EMAIL_DOMAINS = Set.of("example.com", "example.org", "example.net");
    /** The province of the default hometowns. */
    public static final String THANH_HOA = "Thanh Hóa";
    /**
     * Real communes, wards and townships of Thanh Hóa, by the names people give as their home village (quê quán);
     * most are the names before the 2025 reorganisation, which merged them into 166 larger communes and wards.
     */
    public static final List<String> THANH_HOA_HOMETOWNS = List.of(
            "phường Điện Biên", "phường Lam Sơn", "phường Ba Đình", "phường Hàm Rồng", "phường Trường Thi",
            "phường Đông Vệ", "phường Quảng Thắng", "phường Tào Xuyên", "phường An Hưng", "phường Trung Sơn",
            "phường Quảng Cư", "phường Bắc Sơn", "xã Hoằng Lộc", "xã Hoằng Châu", "xã Hoằng Phong", "xã Thiệu Trung",
            "xã Thiệu Giao", "xã Thiệu Quang", "xã Đông Khê", "xã Đông Hoàng", "xã Đông Minh", "xã Yến Sơn",
            "xã Lĩnh Toại", "xã Hoạt Giang", "xã Long Anh", "xã Định Tân", "xã Nga Điền", "xã Ngư Lộc",
            "xã Hải Nhân", "xã Vĩnh Tiến", "thị trấn Lam Sơn", "thị trấn Nưa", "thị trấn Ngọc Lặc",
            "thị trấn Phong Sơn");

    // Degree codes (scheme degree) and academic titles (scheme academic-title) used by the generator.
    private static final String TSKH = "TSKH";
    private static final String TS = "TS";
    private static final String THS = "THS";
    private static final String CK2 = "CK2";
    private static final String CK1 = "CK1";
    private static final String BS = "BS";
    private static final String DS = "DS";
    private static final String KTS = "KTS";
    private static final String KS = "KS";
    private static final String CN = "CN";
    private static final List<String> DEGREES = List.of(TSKH, TS, THS, CK2, CK1, BS, DS, KTS, KS, CN);
    private static final List<String> TITLES = List.of("GS", "PGS");

    /** FORD areas: natural sciences (1) to humanities (6). */
    private static final int AREAS = 6;
    private static final int FIRST_BIRTH_YEAR = 1950;
    private static final int LAST_BIRTH_YEAR = 1995;
    /** Nothing is dated after this year (education, affiliations). */
    private static final int LAST_YEAR = 2026;
    private static final long ENGAGEMENTS_FROM = LocalDate.of(2018, 1, 1).toEpochDay();
    private static final long ENGAGEMENTS_TO = LocalDate.of(2026, 10, 31).toEpochDay();

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Odd, not a multiple of 3 or 5: multiplying by it permutes the residues modulo 10^9 and 36^5. */
    private static final long SCRAMBLE = 2_654_435_761L;
    private static final long ORCID_SPACE = 1_000_000_000L;
    private static final long TOKEN_SPACE = 36L * 36 * 36 * 36 * 36;

    /** Degree levels, which decide the positions open to a person. */
    private enum Level { DOCTORAL, MASTER, FIRST }

    private record Position(String name, String title) {
    }

    private static final Position PROFESSOR_EMERITUS = new Position("Professor Emeritus", "GS");
    private static final Position RETIRED = new Position("Retired", null);
    private static final Position PHARMACIST = new Position("Pharmacist", null);
    private static final Position ARCHITECT = new Position("Architect", null);

    /** {@code "T L Name|weight|born from|born to|title"}: T organisation type, L level (D, M, F). */
    private static final String[] POSITIONS = {
        "U D Professor|5|1950|1978|GS", "U D Associate Professor|7|1950|1986|PGS",
        "U D Assistant Professor|8|1972||", "U D Senior Lecturer|5||1988|", "U D Lecturer|5|1965||",
        "U D Postdoctoral Researcher|8|1984||", "U D Research Fellow|5|1975||", "U D Research Scientist|4|||",
        "U M PhD Candidate|10|1985||", "U M Lecturer|5|||", "U M Research Assistant|5|1980||",
        "U M Teaching Fellow|2|1982||", "U M Laboratory Manager|2|||", "U M Project Coordinator|2|||",
        "U F Research Assistant|4|1980||", "U F Laboratory Engineer|3|||", "U F Software Engineer|2|||",
        "U F International Office Coordinator|1|||", "U F Technician|2|||",
        "I D Senior Research Scientist|8||1985|", "I D Research Scientist|10|||", "I D Group Leader|5||1982|",
        "I D Principal Investigator|4||1984|", "I D Postdoctoral Researcher|8|1984||",
        "I D Director of Research|1||1970|", "I D Staff Scientist|4|||",
        "I M Research Associate|6|||", "I M Research Engineer|6|||", "I M PhD Candidate|4|1985||",
        "I M Project Manager|2|||",
        "I F Research Engineer|5|||", "I F Technician|3|||", "I F Research Assistant|3|1980||",
        "C D Research Scientist|8|||", "C D Principal Engineer|6||1985|", "C D R&D Director|2||1978|",
        "C D Senior Data Scientist|4|1970||", "C D Chief Technology Officer|1||1980|", "C D Staff Engineer|4|||",
        "C D Senior Research Engineer|5|||", "C D Consultant|2|||",
        "C M Senior Engineer|8|||", "C M Software Engineer|6|1975||", "C M Data Scientist|5|1978||",
        "C M Project Manager|5|||", "C M Product Manager|4|||", "C M Financial Analyst|3|||",
        "C M Engineering Manager|4||1988|", "C M Consultant|3|||",
        "C F Engineer|8|||", "C F Senior Engineer|6||1990|", "C F Technician|2|||",
        "C F Business Development Manager|3|||", "C F Founder and CEO|1|||", "C F Sales Engineer|2|||",
        "H D Attending Physician|6|||", "H D Consultant Physician|6||1985|", "H D Clinical Research Fellow|5|1982||",
        "H D Head of Department|2||1975|", "H D Research Scientist|3|||",
        "H M Physician|6|||", "H M Resident Physician|4|1985||", "H M Clinical Pharmacist|3|||",
        "H M Research Nurse|2|||",
        "H F Physician|4|||", "H F Registered Nurse|4|||", "H F Medical Technologist|3|||",
    };

    /** Organisation types by FORD area, for people without a medical professional degree. */
    private static final Map<String, double[]> ORG_TYPES_BY_AREA = Map.of(
            // UNIVERSITY, INSTITUTE, COMPANY, HOSPITAL
            "1", new double[] {60, 33, 7, 0},
            "2", new double[] {45, 15, 40, 0},
            "3", new double[] {45, 20, 5, 30},
            "4", new double[] {60, 35, 5, 0},
            "5", new double[] {70, 10, 20, 0},
            "6", new double[] {92, 8, 0, 0});

    /** Highest degree by FORD area: {@code code:weight}. TSKH is kept for people born by 1965. */
    private static final Map<String, String> DEGREES_BY_AREA = Map.of(
            "1", "TS:62 THS:22 CN:10 TSKH:2",
            "2", "TS:50 THS:25 KS:18 CN:3 TSKH:1.5",
            "3", "TS:38 THS:12 BS:17 CK2:5 CK1:6 DS:8 CN:3 TSKH:0.5",
            "4", "TS:60 THS:25 KS:8 CN:5 TSKH:1.5",
            "5", "TS:50 THS:33 CN:15 TSKH:1",
            "6", "TS:58 THS:25 CN:15 TSKH:1");

    /** First degree by FORD area. */
    private static final Map<String, String> FIRST_DEGREES_BY_AREA = Map.of(
            "1", "CN:1", "2", "KS:80 CN:20", "3", "BS:65 DS:15 CN:20", "4", "KS:50 CN:50", "5", "CN:1", "6", "CN:1");

    private static final String INTERESTS = "research-cooperation:30 teaching-lecturing:15 policy-advice:10"
            + " investment-business:6 technology-transfer:10 training-mentoring:12 event-speaking:8"
            + " partner-introduction:10 scholarship-exchange:10 philanthropy:5 province-promotion:6";
    private static final String COMPANY_INTERESTS = "research-cooperation:12 teaching-lecturing:6 policy-advice:6"
            + " investment-business:25 technology-transfer:22 training-mentoring:10 event-speaking:6"
            + " partner-introduction:18 scholarship-exchange:5 philanthropy:6 province-promotion:8";
    private static final String ENGAGEMENT_KINDS = "event:30 visit:15 advice:12 lecture-training:10 project:10"
            + " partner-introduction:8 donation:6 investment:5 other:4";

    /** The notes: the marker and what the profile is, then sometimes a remark as officers write them. */
    private static final String[] NOTES = Stream.of("",
                    " Ưu tiên liên hệ qua email.",
                    " Quan tâm tham gia mạng lưới chuyên gia, trí thức của tỉnh.",
                    " Có thể về nước làm việc ngắn hạn vào dịp hè.",
                    " Cần cập nhật thông tin liên hệ.",
                    " Được giới thiệu qua Hội người Việt Nam tại nước sở tại.",
                    " Đã gửi thư mời tham dự sự kiện năm tới.")
            .map(extra -> FICTIONAL_MARKER + ": hồ sơ mẫu cho trình diễn, kiểm thử và đo hiệu năng, không phải người thật."
                    + extra)
            .toArray(String[]::new);
    private static final String[] POSTDOCTORAL_POSITIONS = {"Postdoctoral Researcher", "Research Fellow", "Visiting Scholar"};
    private static final String[] JUNIOR_POSITIONS = {"Research Assistant", "Engineer", "Visiting Researcher"};

    private static final Map<String, Visibility> PUBLIC_BASIC =
            Map.of("fullName", Visibility.PUBLIC, "countryCode", Visibility.PUBLIC);
    private static final Map<String, Visibility> PUBLIC_PROFESSIONAL = Map.of("fullName", Visibility.PUBLIC,
            "countryCode", Visibility.PUBLIC, "organisation", Visibility.PUBLIC, "fields", Visibility.PUBLIC);
    private static final Map<String, Visibility> PARTNERS = Map.of("fullName", Visibility.PARTNERS,
            "countryCode", Visibility.PARTNERS, "fields", Visibility.PARTNERS, "email", Visibility.PARTNERS);

    private static final String[] NANP_US_AREA_CODES = {"617", "650", "510", "213", "949", "512", "713", "206", "404",
        "734", "765", "410", "612", "979", "212", "408", "217", "301", "630", "865", "669", "425", "858"};
    private static final String[] NANP_CA_AREA_CODES = {"416", "514", "604", "780", "905", "418", "403", "613"};

    /** A country with what the generator needs at hand. */
    private record CountryInfo(Country country, String labelVi, Org[][][] byTypeAndArea) {
        /** An organisation of the type working in the FORD area (1–6), else a university that does. */
        Org org(OrgType type, int area, SplittableRandom random) {
            Org[] orgs = byTypeAndArea[type.ordinal()][area - 1];
            if (orgs.length == 0) {
                orgs = byTypeAndArea[OrgType.UNIVERSITY.ordinal()][area - 1];
            }
            return orgs[random.nextInt(orgs.length)];
        }

        Org university(int area, SplittableRandom random) {
            return org(OrgType.UNIVERSITY, area, random);
        }
    }

    /** A FORD field with its tables; {@code area} is its FORD area, 1 to 6. */
    private record FieldInfo(String notation, int area, Keyword[] keywords, Weighted<String> degrees,
                             Weighted<String> firstDegrees, Weighted<OrgType> orgTypes, String[] vietnameseUniversities) {
    }

    private final long seed;
    private final long mixedSeed;
    private final long orcidOffset;
    private final long tokenOffset;
    private final String province;
    private final String[] hometowns;

    private final Weighted<Part> familyNames;
    private final Weighted<Part> maleMiddleNames;
    private final Weighted<Part> femaleMiddleNames;
    private final Weighted<Part> maleGivenNames;
    private final Weighted<Part> femaleGivenNames;
    private final Weighted<Integer> birthYears;
    private final Weighted<CountryInfo> countries;
    private final CountryInfo[] doctorOfScienceCountries;
    private final Weighted<FieldInfo> fields;
    private final Map<Integer, Weighted<FieldInfo>> fieldsByArea;
    /** Per FORD area (index area - 1), the Vietnamese employers: name, position, areas. */
    private final String[][][] vietnameseEmployers;
    /** [organisation type][level][birth year - 1950]. */
    private final Weighted<?>[][][] positions;
    private final Weighted<OrgType> physicianOrgTypes;
    private final Weighted<OrgType> pharmacistOrgTypes;
    private final Weighted<String> interests;
    private final Weighted<String> companyInterests;
    private final Weighted<String> engagementKinds;
    private final String[] medicalUniversities;

    private final AtomicLong cursor = new AtomicLong();

    /**
     * Builds the tables and checks every code they use against the ontology's code lists.
     *
     * @param ontology     the loaded ontology, whose code lists the generated codes must belong to
     * @param provinceName the province, as written in Vietnamese text (e.g. "Thanh Hóa")
     * @param hometowns    communes or wards of the province, drawn uniformly (e.g. {@link #THANH_HOA_HOMETOWNS})
     * @param seed         the same seed gives the same sequence of profiles
     * @throws IllegalArgumentException if the province name is blank or there is no hometown
     * @throws IllegalStateException    if a code of the tables is not in the ontology (tables and code lists drifted)
     */
    public SyntheticExperts(Ontology ontology, String provinceName, List<String> hometowns, long seed) {
        Objects.requireNonNull(ontology, "ontology");
        if (provinceName == null || provinceName.isBlank()) {
            throw new IllegalArgumentException("The province name is required");
        }
        if (hometowns == null || hometowns.isEmpty() || hometowns.stream().anyMatch(h -> h == null || h.isBlank())) {
            throw new IllegalArgumentException("At least one hometown is required, none blank");
        }
        this.seed = seed;
        this.mixedSeed = mix64(seed);
        this.orcidOffset = Math.floorMod(mix64(mixedSeed + 1), ORCID_SPACE);
        this.tokenOffset = Math.floorMod(mix64(mixedSeed + 2), TOKEN_SPACE);
        this.province = provinceName.strip();
        this.hometowns = hometowns.stream().map(String::strip).toArray(String[]::new);

        checkCodes(ontology);

        this.familyNames = NameTables.parse(NameTables.FAMILY);
        this.maleMiddleNames = NameTables.parse(NameTables.MALE_MIDDLE);
        this.femaleMiddleNames = NameTables.parse(NameTables.FEMALE_MIDDLE);
        this.maleGivenNames = NameTables.parse(NameTables.MALE_GIVEN);
        this.femaleGivenNames = NameTables.parse(NameTables.FEMALE_GIVEN);
        this.birthYears = birthYearTable();

        Weighted.Builder<CountryInfo> countryTable = Weighted.builder();
        List<CountryInfo> dsc = new ArrayList<>();
        for (Country country : WorldTables.COUNTRIES) {
            Org[][][] byTypeAndArea = new Org[OrgType.values().length][AREAS][];
            for (OrgType type : OrgType.values()) {
                for (int area = 1; area <= AREAS; area++) {
                    char digit = (char) ('0' + area);
                    byTypeAndArea[type.ordinal()][area - 1] = country.orgs().stream()
                            .filter(o -> o.type() == type && o.covers(digit)).toArray(Org[]::new);
                }
            }
            for (int area = 1; area <= AREAS; area++) {
                if (byTypeAndArea[OrgType.UNIVERSITY.ordinal()][area - 1].length == 0) {
                    throw new IllegalStateException("Country " + country.code() + " has no university for area " + area);
                }
            }
            String label = ontology.schemes().concept(Scheme.COUNTRY, country.code()).orElseThrow().labelVi();
            CountryInfo info = new CountryInfo(country, label, byTypeAndArea);
            countryTable.add(info, country.weight());
            if (WorldTables.DOCTOR_OF_SCIENCE_COUNTRIES.contains(country.code())) {
                dsc.add(info);
            }
        }
        this.countries = countryTable.build();
        this.doctorOfScienceCountries = dsc.toArray(CountryInfo[]::new);

        Weighted.Builder<FieldInfo> fieldTable = Weighted.builder();
        Map<String, Weighted.Builder<FieldInfo>> byArea = new HashMap<>();
        for (Field field : FieldTables.FIELDS.values()) {
            String area = field.area();
            String degreeWeights = DEGREES_BY_AREA.get(area) + (field.notation().equals("2.1") ? " KTS:3" : "");
            String firstDegreeWeights = field.notation().equals("2.1") ? "KS:70 KTS:15 CN:15" : FIRST_DEGREES_BY_AREA.get(area);
            double[] typeWeights = ORG_TYPES_BY_AREA.get(area);
            Weighted.Builder<OrgType> orgTypes = Weighted.builder();
            for (OrgType type : OrgType.values()) {
                orgTypes.add(type, typeWeights[type.ordinal()]);
            }
            FieldInfo info = new FieldInfo(field.notation(), Integer.parseInt(area), field.keywords().toArray(Keyword[]::new),
                    codes(degreeWeights), codes(firstDegreeWeights), orgTypes.build(),
                    WorldTables.VIETNAMESE_UNIVERSITIES.get(area).toArray(String[]::new));
            fieldTable.add(info, field.weight());
            byArea.computeIfAbsent(area, a -> Weighted.builder()).add(info, field.weight());
        }
        this.fields = fieldTable.build();
        Map<Integer, Weighted<FieldInfo>> areas = new HashMap<>();
        byArea.forEach((area, builder) -> areas.put(Integer.parseInt(area), builder.build()));
        this.fieldsByArea = Map.copyOf(areas);
        this.vietnameseEmployers = new String[AREAS][][];
        for (int area = 1; area <= AREAS; area++) {
            String digit = Integer.toString(area);
            vietnameseEmployers[area - 1] = WorldTables.VIETNAMESE_EMPLOYERS.stream()
                    .filter(e -> e[2].contains(digit)).toArray(String[][]::new);
        }
        this.medicalUniversities = WorldTables.VIETNAMESE_UNIVERSITIES.get("3").toArray(String[]::new);

        this.positions = positionTables();
        this.physicianOrgTypes = Weighted.<OrgType>builder()
                .add(OrgType.HOSPITAL, 60).add(OrgType.UNIVERSITY, 30).add(OrgType.INSTITUTE, 10).build();
        this.pharmacistOrgTypes = Weighted.<OrgType>builder()
                .add(OrgType.HOSPITAL, 40).add(OrgType.COMPANY, 35).add(OrgType.UNIVERSITY, 25).build();
        this.interests = codes(INTERESTS);
        this.companyInterests = codes(COMPANY_INTERESTS);
        this.engagementKinds = codes(ENGAGEMENT_KINDS);
    }

    /** A generator for Thanh Hóa, with its {@link #THANH_HOA_HOMETOWNS}. */
    public static SyntheticExperts thanhHoa(Ontology ontology, long seed) {
        return new SyntheticExperts(ontology, THANH_HOA, THANH_HOA_HOMETOWNS, seed);
    }

    /** The seed this generator was built with. */
    public long seed() {
        return seed;
    }

    /**
     * The first {@code count} profiles of the sequence, numbers 1 to {@code count}, lazily: each is generated when
     * the stream reaches it and nothing is kept, so memory does not grow with the count. Every call starts at
     * profile 1, independently of {@link #next()}. The stream may be made parallel; it yields the same profiles.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Stream<ExpertProfile> stream(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return LongStream.rangeClosed(1, count).mapToObj(this::profile);
    }

    /** The next profile of this generator's own cursor: profile 1 on the first call, then 2, 3, ... Thread-safe. */
    public ExpertProfile next() {
        return profile(cursor.incrementAndGet());
    }

    /**
     * Profile number {@code number} of the sequence (external key {@code DEMO-} and the number on at least six
     * digits); the same for the same seed and number, whenever and wherever it is generated.
     *
     * @throws IllegalArgumentException if {@code number} is not positive
     */
    public ExpertProfile profile(long number) {
        if (number < 1) {
            throw new IllegalArgumentException("Profiles are numbered from 1: " + number);
        }
        SplittableRandom r = new SplittableRandom(mix64(mixedSeed + number * GOLDEN_GAMMA));

        // Who: gender and name.
        double g = r.nextDouble();
        String gender = g < 0.64 ? "male" : g < 0.998 ? "female" : "other";
        boolean maleNames = gender.equals("male") || (gender.equals("other") && r.nextBoolean());
        Part family;
        Part middle;
        Part given;
        String fullName;
        do { // no "Lê Lê Minh", no "Nguyễn Thị Thu Thu", no public figure
            family = familyNames.pick(r);
            middle = (maleNames ? maleMiddleNames : femaleMiddleNames).pick(r);
            given = (maleNames ? maleGivenNames : femaleGivenNames).pick(r);
            fullName = family.vi() + ' ' + middle.vi() + ' ' + given.vi();
        } while (middle.vi().startsWith(family.vi() + ' ') || middle.vi().equals(family.vi())
                || middle.vi().endsWith(given.vi()) || NameTables.WELL_KNOWN.contains(fullName));
        String middleLatin = middle.latin();
        if (!middle.latinShort().equals(middleLatin)
                && r.nextDouble() < (middleLatin.indexOf(' ') > 0 ? 0.85 : 0.5)) {
            middleLatin = middle.latinShort();
        }
        String latinName = (middleLatin.isEmpty() ? "" : middleLatin + ' ') + given.latin() + ' ' + family.latin();
        int birthYear = birthYears.pick(r);
        String hometown = hometowns[r.nextInt(hometowns.length)];

        // Where and what: country, fields, degree, organisation, position.
        CountryInfo country = countries.pick(r);
        FieldInfo primary = fields.pick(r);
        String degree = primary.degrees().pick(r);
        if (degree.equals(TSKH) && birthYear > 1965) {
            degree = TS;
        } else if (degree.equals(TS) && birthYear <= 1962
                && WorldTables.DOCTOR_OF_SCIENCE_COUNTRIES.contains(country.country().code()) && r.nextDouble() < 0.25) {
            degree = TSKH;
        }
        Level level = level(degree);
        OrgType orgType = switch (degree) {
            case BS, CK1, CK2 -> physicianOrgTypes.pick(r);
            case DS -> pharmacistOrgTypes.pick(r);
            default -> primary.orgTypes().pick(r);
        };
        Org org = country.org(orgType, primary.area(), r);
        orgType = org.type();
        Position position;
        boolean retired = birthYear <= 1957 && r.nextDouble() < 0.35;
        if (retired) {
            position = level == Level.DOCTORAL && orgType == OrgType.UNIVERSITY && r.nextDouble() < 0.6
                    ? PROFESSOR_EMERITUS : RETIRED;
        } else if (degree.equals(DS) && (orgType == OrgType.HOSPITAL || orgType == OrgType.COMPANY)) {
            position = PHARMACIST;
        } else if (degree.equals(KTS) && orgType == OrgType.COMPANY) {
            position = ARCHITECT;
        } else {
            // Physicians (BS, CK1, CK2) work as doctors in hospitals, as lecturers and researchers elsewhere.
            Level positionLevel = !degree.equals(BS) && !degree.equals(CK1) && !degree.equals(CK2) ? level
                    : orgType == OrgType.HOSPITAL ? Level.DOCTORAL : Level.MASTER;
            position = (Position) positions[orgType.ordinal()][positionLevel.ordinal()][birthYear - FIRST_BIRTH_YEAR]
                    .pick(r);
        }
        Optional<String> organisation = position == RETIRED ? Optional.empty() : Optional.of(org.name());

        List<String> fieldCodes = new ArrayList<>(3);
        fieldCodes.add(primary.notation());
        List<FieldInfo> secondary = new ArrayList<>(2);
        double f = r.nextDouble();
        int extraFields = f < 0.45 ? 0 : f < 0.85 ? 1 : 2;
        for (int i = 0, tries = 0; i < extraFields && tries < 6; tries++) {
            FieldInfo other = r.nextDouble() < 0.7 ? fieldsByArea.get(primary.area()).pick(r) : fields.pick(r);
            if (!fieldCodes.contains(other.notation())) {
                fieldCodes.add(other.notation());
                secondary.add(other);
                i++;
            }
        }
        List<String> keywords = keywords(r, primary, secondary);
        String topic = keywords.get(1); // the Vietnamese form of the first keyword

        // Career.
        List<Education> education = new ArrayList<>(3);
        int lastStudyYear = education(r, primary, degree, birthYear, country, org, education);
        List<Affiliation> affiliations = affiliations(r, level, primary.area(), lastStudyYear, birthYear,
                organisation.isPresent() ? org : null, position);

        // Contact.
        String local = given.latinLower() + '.' + family.latinLower() + '.' + token(number);
        Optional<String> orcid = r.nextDouble() < (orgType == OrgType.COMPANY ? 0.2 : retired ? 0.25 : 0.45)
                ? Optional.of(orcid(number)) : Optional.empty();
        Optional<String> email = Optional.empty();
        if (r.nextDouble() < 0.7) {
            String domain = position == RETIRED || r.nextDouble() < 0.25 ? "example.net"
                    : orgType == OrgType.COMPANY ? "example.com" : "example.org";
            email = Optional.of(local + '@' + domain);
        }
        Optional<String> phone = r.nextDouble() < 0.25 ? Optional.of(phone(r, country.country())) : Optional.empty();
        Optional<String> website = (orgType == OrgType.UNIVERSITY || orgType == OrgType.INSTITUTE)
                && r.nextDouble() < 0.2
                ? Optional.of("https://www.example.org/people/" + local.replace('.', '-')) : Optional.empty();

        List<String> languages = languages(r, country, org, birthYear);
        List<String> collaboration = distinct(r, orgType == OrgType.COMPANY ? companyInterests : interests,
                1 + (int) (r.nextDouble() * 2.5));
        List<Engagement> engagements = engagements(r, topic, organisation.orElse(org.name()), country,
                hometown);

        String notes = r.nextDouble() < 0.3 ? NOTES[1 + r.nextInt(NOTES.length - 1)] : NOTES[0];
        double v = r.nextDouble();
        Map<String, Visibility> visibility = v < 0.84 ? Map.of() : v < 0.91 ? PUBLIC_BASIC
                : v < 0.97 ? PUBLIC_PROFESSIONAL : PARTNERS;

        return new ExpertProfile(
                Optional.of(externalKey(number)),
                fullName,
                Optional.of(latinName),
                Optional.of(gender),
                Optional.of(birthYear),
                Optional.of(hometown),
                country.country().code(),
                Optional.of(org.city()),
                organisation,
                Optional.of(position.name()),
                Optional.ofNullable(position.title()),
                Optional.of(degree),
                fieldCodes,
                keywords,
                languages,
                orcid,
                email,
                phone,
                website,
                collaboration,
                affiliations,
                education,
                engagements,
                Optional.of(notes),
                visibility);
    }

    /** {@code DEMO-} and the number on at least six digits. */
    public static String externalKey(long number) {
        String digits = Long.toString(number);
        return digits.length() >= 6 ? EXTERNAL_KEY_PREFIX + digits
                : EXTERNAL_KEY_PREFIX + "000000".substring(digits.length()) + digits;
    }

    // ------------------------------------------------------------------------------------------------------------

    private static Level level(String degree) {
        return switch (degree) {
            case TSKH, TS, CK2 -> Level.DOCTORAL;
            case THS, CK1 -> Level.MASTER;
            default -> Level.FIRST;
        };
    }

    private List<String> keywords(SplittableRandom r, FieldInfo primary, List<FieldInfo> secondary) {
        List<String> out = new ArrayList<>(10);
        Keyword[] own = primary.keywords();
        int[] order = new int[own.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int wanted = 2 + r.nextInt(2);
        for (int i = 0; i < wanted; i++) { // a partial Fisher-Yates shuffle: distinct keywords
            int j = i + r.nextInt(order.length - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            out.add(own[order[i]].en());
            out.add(own[order[i]].vi());
        }
        for (FieldInfo other : secondary) {
            Keyword keyword = other.keywords()[r.nextInt(other.keywords().length)];
            if (!out.contains(keyword.en())) {
                out.add(keyword.en());
                out.add(keyword.vi());
            }
        }
        return out;
    }

    /** Fills {@code out} with the degrees leading to {@code highest}, oldest first; returns the last year. */
    private int education(SplittableRandom r, FieldInfo field, String highest, int birthYear, CountryInfo residence,
                          Org current, List<Education> out) {
        String[] path = switch (highest) {
            case TSKH -> new String[] {field.firstDegrees().pick(r), TS, TSKH};
            case TS -> r.nextDouble() < 0.6 ? new String[] {field.firstDegrees().pick(r), THS, TS}
                    : new String[] {field.firstDegrees().pick(r), TS};
            case THS -> new String[] {field.firstDegrees().pick(r), THS};
            case CK2 -> new String[] {BS, CK1, CK2};
            case CK1 -> new String[] {BS, CK1};
            default -> new String[] {highest};
        };
        int year = birthYear + 22 + r.nextInt(3);
        String previous = null;
        for (String degree : path) {
            if (previous != null) {
                year += switch (degree) {
                    case THS -> 2 + r.nextInt(3);
                    case TS -> (THS.equals(previous) ? 3 : 4) + r.nextInt(3);
                    case TSKH -> 8 + r.nextInt(8);
                    case CK1 -> 2 + r.nextInt(2);
                    case CK2 -> 3 + r.nextInt(3);
                    default -> 1;
                };
            }
            year = Math.min(year, LAST_YEAR);
            String institution;
            if (previous == null) {
                institution = degree.equals(KTS) ? WorldTables.ARCHITECTURE_UNIVERSITY
                        : r.nextDouble() < 0.78 ? pick(r, field.vietnameseUniversities())
                        : foreignUniversity(r, residence, field.area(), 0.6);
            } else {
                institution = switch (degree) {
                    case CK1, CK2 -> pick(r, medicalUniversities);
                    case THS -> {
                        double u = r.nextDouble();
                        yield u < 0.2 ? pick(r, field.vietnameseUniversities()) : foreignUniversity(r, residence, field.area(), 0.7);
                    }
                    case TS -> current != null && current.type() == OrgType.UNIVERSITY && r.nextDouble() < 0.3
                            ? current.name()
                            : r.nextDouble() < 0.08 ? pick(r, field.vietnameseUniversities())
                            : foreignUniversity(r, residence, field.area(), 0.72);
                    case TSKH -> WorldTables.DOCTOR_OF_SCIENCE_COUNTRIES.contains(residence.country().code())
                            ? residence.university(field.area(), r).name()
                            : doctorOfScienceCountries[r.nextInt(doctorOfScienceCountries.length)]
                                    .university(field.area(), r).name();
                    default -> foreignUniversity(r, residence, field.area(), 0.6);
                };
            }
            out.add(new Education(degree, institution, Optional.of(year)));
            previous = degree;
        }
        return year;
    }

    private String foreignUniversity(SplittableRandom r, CountryInfo residence, int area, double residenceShare) {
        CountryInfo country = residence;
        if (r.nextDouble() >= residenceShare) {
            country = countries.pick(r);
        }
        return country.university(area, r).name();
    }

    private List<Affiliation> affiliations(SplittableRandom r, Level level, int area, int lastStudyYear, int birthYear,
                                           Org current, Position position) {
        boolean previous = r.nextDouble() < 0.35;
        boolean now = current != null && r.nextDouble() < 0.6;
        if (!previous && !now) {
            return List.of();
        }
        int start = Math.min(LAST_YEAR, Math.max(lastStudyYear, birthYear + 23));
        List<Affiliation> out = new ArrayList<>(2);
        int currentFrom = Math.min(LAST_YEAR, start + r.nextInt(5));
        if (previous) {
            int from = Math.min(LAST_YEAR, start + r.nextInt(2));
            int to = Math.min(LAST_YEAR, from + 1 + r.nextInt(5));
            String organisation;
            String held;
            if (r.nextDouble() < 0.45) {
                String[][] employers = vietnameseEmployers[area - 1];
                String[] employer = employers[r.nextInt(employers.length)];
                organisation = employer[0];
                held = employer[1];
            } else {
                organisation = countries.pick(r)
                        .org(r.nextBoolean() ? OrgType.UNIVERSITY : OrgType.INSTITUTE, area, r).name();
                held = pick(r, level == Level.DOCTORAL ? POSTDOCTORAL_POSITIONS : JUNIOR_POSITIONS);
            }
            out.add(new Affiliation(organisation, Optional.of(held), Optional.of(from), Optional.of(to)));
            currentFrom = to;
        }
        if (now) {
            out.add(new Affiliation(current.name(), Optional.of(position.name()), Optional.of(currentFrom),
                    Optional.empty()));
        }
        return out;
    }

    private List<String> languages(SplittableRandom r, CountryInfo country, Org org, int birthYear) {
        String local = org.language() != null ? org.language() : country.country().language();
        boolean russian = !local.equals("ru") && birthYear <= 1968 && r.nextDouble() < 0.25;
        if (local.equals("en")) {
            return russian ? List.of("vi", "en", "ru") : List.of("vi", "en");
        }
        return russian ? List.of("vi", local, "en", "ru") : List.of("vi", local, "en");
    }

    private List<Engagement> engagements(SplittableRandom r, String topic, String organisation, CountryInfo country,
                                         String hometown) {
        double c = r.nextDouble();
        int count = c < 0.45 ? 0 : c < 0.75 ? 1 : c < 0.92 ? 2 : 3;
        if (count == 0) {
            return List.of();
        }
        long[] days = new long[count];
        for (int i = 0; i < count; i++) {
            days[i] = r.nextLong(ENGAGEMENTS_FROM, ENGAGEMENTS_TO + 1);
        }
        Arrays.sort(days);
        Engagement[] out = new Engagement[count];
        for (int i = 0; i < count; i++) {
            LocalDate date = LocalDate.ofEpochDay(days[i]);
            String kind = engagementKinds.pick(r);
            out[i] = new Engagement(kind, date, description(r, kind, date.getYear(), topic, organisation, country,
                    hometown));
        }
        return List.of(out);
    }

    private String description(SplittableRandom r, String kind, int year, String topic, String organisation,
                               CountryInfo country, String hometown) {
        String p = province;
        int variant = r.nextInt(4);
        return switch (kind) {
            case "event" -> switch (variant) {
                case 0 -> "Tham dự Hội nghị gặp mặt trí thức, chuyên gia người Việt Nam ở nước ngoài tại " + p + " năm " + year;
                case 1 -> "Tham dự Hội thảo quốc tế về " + topic + " tại " + p;
                case 2 -> "Tham dự Diễn đàn kết nối khoa học, công nghệ và đổi mới sáng tạo " + p + " năm " + year;
                default -> "Tham dự Hội nghị xúc tiến đầu tư vào " + p + " tổ chức tại " + country.labelVi();
            };
            case "project" -> variant % 2 == 0
                    ? "Tham gia dự án hợp tác nghiên cứu về " + topic + " với Sở Khoa học và Công nghệ " + p
                    : "Tham gia nhóm chuyên gia của đề tài khoa học cấp tỉnh về " + topic + " (" + p + ")";
            case "advice" -> switch (variant) {
                case 0 -> "Góp ý dự thảo Đề án phát triển nguồn nhân lực chất lượng cao của " + p;
                case 1 -> "Góp ý chương trình chuyển đổi số của " + p;
                default -> "Tư vấn chuyên môn về " + topic + " cho các sở, ngành của " + p;
            };
            case "lecture-training" -> variant % 2 == 0
                    ? "Giảng dạy chuyên đề về " + topic + " cho giảng viên, sinh viên tại " + p
                    : "Tập huấn cho cán bộ, công chức của " + p + " về " + topic;
            case "investment" -> variant % 2 == 0
                    ? "Khảo sát cơ hội đầu tư, kinh doanh tại " + p
                    : "Giới thiệu nhà đầu tư từ " + country.labelVi() + " tìm hiểu môi trường đầu tư tại " + p;
            case "donation" -> switch (variant) {
                case 0 -> "Trao tặng học bổng cho học sinh, sinh viên vượt khó học giỏi tại " + p + " năm " + year;
                case 1 -> "Ủng hộ đồng bào bị ảnh hưởng bởi bão lũ tại " + p;
                default -> "Tặng sách và thiết bị học tập cho trường học ở quê nhà (" + hometown + ")";
            };
            case "partner-introduction" -> variant % 2 == 0
                    ? "Kết nối " + organisation + " với các cơ sở giáo dục, nghiên cứu của " + p
                    : "Giới thiệu đối tác từ " + country.labelVi() + " hợp tác với doanh nghiệp của " + p;
            case "visit" -> variant % 2 == 0
                    ? "Về thăm quê hương (" + hometown + "), làm việc với Sở Ngoại vụ " + p
                    : "Làm việc với Sở Ngoại vụ " + p + " về mạng lưới chuyên gia, trí thức ở nước ngoài";
            default -> variant % 2 == 0
                    ? "Tham gia Chương trình Xuân Quê hương năm " + year
                    : "Trả lời khảo sát về mạng lưới trí thức người Việt Nam ở nước ngoài của " + p;
        };
    }

    /** A number reserved for fiction where the country has such a range, else the country code and 555 01xx. */
    private static String phone(SplittableRandom r, Country country) {
        String two = twoDigits(r.nextInt(100));
        return switch (country.code()) {
            case "US" -> "+1 " + pick(r, NANP_US_AREA_CODES) + "-555-01" + two;
            case "CA" -> "+1 " + pick(r, NANP_CA_AREA_CODES) + "-555-01" + two;
            case "GB" -> "+44 7700 900" + r.nextInt(10) + two;
            case "AU" -> "+61 " + "2378".charAt(r.nextInt(4)) + " 5550 " + two + twoDigits(r.nextInt(100));
            default -> "+" + country.callingCode() + " 555 01" + two;
        };
    }

    /** A valid ORCID iD outside the blocks ORCID allocates, unique per profile number below 10^9. */
    private String orcid(long number) {
        long n = Math.floorMod(number * SCRAMBLE + orcidOffset, ORCID_SPACE);
        String nine = Long.toString(n + ORCID_SPACE).substring(1); // zero-padded to 9 digits
        String first15 = "000999" + nine;
        return "0009-99" + nine.substring(0, 2) + '-' + nine.substring(2, 6) + '-' + nine.substring(6, 9)
                + Orcid.checkDigit(first15);
    }

    /** Five base-36 characters, distinct for profile numbers below 36^5 (about 60 million): keeps emails unique. */
    private String token(long number) {
        long n = Math.floorMod(number * SCRAMBLE + tokenOffset, TOKEN_SPACE);
        char[] out = new char[5];
        for (int i = 4; i >= 0; i--) {
            out[i] = Character.forDigit((int) (n % 36), 36);
            n /= 36;
        }
        return new String(out);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String pick(SplittableRandom r, String[] items) {
        return items[r.nextInt(items.length)];
    }

    private static List<String> distinct(SplittableRandom r, Weighted<String> table, int count) {
        Set<String> out = new LinkedHashSet<>();
        for (int tries = 0; out.size() < count && tries < count * 4; tries++) {
            out.add(table.pick(r));
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------------------------

    private static Weighted<String> codes(String table) {
        Weighted.Builder<String> builder = Weighted.builder();
        for (String entry : table.strip().split("\\s+")) {
            int colon = entry.lastIndexOf(':');
            builder.add(entry.substring(0, colon), Double.parseDouble(entry.substring(colon + 1)));
        }
        return builder.build();
    }

    private static Weighted<Integer> birthYearTable() {
        // Per five-year cohort 1950–54 ... 1985–89, and 1990–95; most experts abroad were born 1970–1990.
        double[] cohorts = {3, 5, 8, 11, 14, 17, 18, 15, 9};
        Weighted.Builder<Integer> builder = Weighted.builder();
        for (int year = FIRST_BIRTH_YEAR; year <= LAST_BIRTH_YEAR; year++) {
            int cohort = Math.min((year - FIRST_BIRTH_YEAR) / 5, cohorts.length - 1);
            double years = cohort == cohorts.length - 1 ? 6 : 5;
            builder.add(year, cohorts[cohort] / years);
        }
        return builder.build();
    }

    private static Weighted<?>[][][] positionTables() {
        Map<OrgType, Map<Level, List<String[]>>> defs = new EnumMap<>(OrgType.class);
        for (String def : POSITIONS) {
            String[] parts = def.split("\\|", -1);
            OrgType type = OrgType.of(parts[0].charAt(0));
            Level level = switch (parts[0].charAt(2)) {
                case 'D' -> Level.DOCTORAL;
                case 'M' -> Level.MASTER;
                default -> Level.FIRST;
            };
            defs.computeIfAbsent(type, t -> new EnumMap<>(Level.class))
                    .computeIfAbsent(level, l -> new ArrayList<>())
                    .add(new String[] {parts[0].substring(4), parts[1], parts[2], parts[3], parts[4]});
        }
        int years = LAST_BIRTH_YEAR - FIRST_BIRTH_YEAR + 1;
        Weighted<?>[][][] tables = new Weighted<?>[OrgType.values().length][Level.values().length][years];
        for (OrgType type : OrgType.values()) {
            for (Level level : Level.values()) {
                List<String[]> list = defs.get(type).get(level);
                for (int y = 0; y < years; y++) {
                    int born = FIRST_BIRTH_YEAR + y;
                    Weighted.Builder<Position> builder = Weighted.builder();
                    for (String[] d : list) {
                        int from = d[2].isEmpty() ? FIRST_BIRTH_YEAR : Integer.parseInt(d[2]);
                        int to = d[3].isEmpty() ? LAST_BIRTH_YEAR : Integer.parseInt(d[3]);
                        if (born >= from && born <= to) {
                            builder.add(new Position(d[0], d[4].isEmpty() ? null : d[4]), Double.parseDouble(d[1]));
                        }
                    }
                    if (builder.isEmpty()) {
                        throw new IllegalStateException("No position for " + type + " " + level + " born " + born);
                    }
                    tables[type.ordinal()][level.ordinal()][y] = builder.build();
                }
            }
        }
        return tables;
    }

    /** Every code the tables use must be in the ontology's code lists; fields must be FORD fields, not areas. */
    private static void checkCodes(Ontology ontology) {
        var lists = ontology.schemes();
        Set<String> wrong = new TreeSet<>();
        for (Country country : WorldTables.COUNTRIES) {
            if (!lists.isValid(Scheme.COUNTRY, country.code())) {
                wrong.add("country " + country.code());
            }
        }
        for (String notation : FieldTables.FIELDS.keySet()) {
            Optional<Concept> concept = lists.concept(Scheme.FORD, notation);
            if (concept.isEmpty() || concept.get().isTopConcept()) {
                wrong.add("FORD field " + notation);
            }
        }
        DEGREES.stream().filter(d -> !lists.isValid(Scheme.DEGREE, d)).forEach(d -> wrong.add("degree " + d));
        TITLES.stream().filter(t -> !lists.isValid(Scheme.ACADEMIC_TITLE, t)).forEach(t -> wrong.add("title " + t));
        for (String table : List.of(INTERESTS, COMPANY_INTERESTS)) {
            for (String code : codeNames(table)) {
                if (!lists.isValid(Scheme.COLLABORATION_INTEREST, code)) {
                    wrong.add("collaboration interest " + code);
                }
            }
        }
        for (String code : codeNames(ENGAGEMENT_KINDS)) {
            if (!lists.isValid(Scheme.ENGAGEMENT_KIND, code)) {
                wrong.add("engagement kind " + code);
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Codes of the synthetic-expert tables missing from the ontology: " + wrong);
        }
    }

    private static List<String> codeNames(String table) {
        return Arrays.stream(table.strip().split("\\s+")).map(e -> e.substring(0, e.lastIndexOf(':'))).toList();
    }

    /** Stafford's mix 13, as in SplittableRandom: spreads consecutive inputs over the whole range. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "SyntheticExperts[province=" + province + ", hometowns=" + hometowns.length + ", seed=" + seed + "]";
    }

}
