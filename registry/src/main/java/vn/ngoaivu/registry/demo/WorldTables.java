package vn.ngoaivu.registry.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the generated experts live and work: countries weighted roughly as Vietnamese scientists abroad are
 * spread (the United States first, then Japan, Korea, Germany, France, Australia, ...), each with its
 * language, telephone country code and real organisations (universities, research institutes, companies,
 * hospitals) with the city they are in. Organisation names are as the organisations write them. Only the
 * people are fictional.
 */
final class WorldTables {

    private WorldTables() {
    }

    enum OrgType {
        UNIVERSITY, INSTITUTE, COMPANY, HOSPITAL;

        static OrgType of(char letter) {
            return switch (letter) {
                case 'U' -> UNIVERSITY;
                case 'I' -> INSTITUTE;
                case 'C' -> COMPANY;
                case 'H' -> HOSPITAL;
                default -> throw new IllegalArgumentException("Unknown organisation type " + letter);
            };
        }
    }

    /**
     * An organisation.
     *
     * @param language the BCP 47 tag of the language spoken there when it differs from the country's, else null
     * @param areas    the FORD areas (digits 1–6) it employs or trains people in, null for all
     */
    record Org(String name, OrgType type, String city, String language, String areas) {
        boolean covers(char area) {
            return areas == null || areas.indexOf(area) >= 0;
        }
    }

    /**
     * A country of residence.
     *
     * @param code         ISO 3166-1 alpha-2
     * @param weight       relative share of the overseas experts living there
     * @param language     BCP 47 tag of the main language
     * @param callingCode  international telephone country code
     * @param orgs         its organisations
     */
    record Country(String code, double weight, String language, String callingCode, List<Org> orgs) {
    }

    private static Country country(String code, double weight, String language, String callingCode, String orgs) {
        List<Org> list = new ArrayList<>();
        for (String line : orgs.strip().split("\n")) {
            String[] parts = line.strip().split("\\|");
            if (parts.length < 3) {
                throw new IllegalArgumentException("Malformed organisation line for " + code + ": " + line);
            }
            String spoken = parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null;
            String areas = parts.length > 4 && !parts[4].isEmpty() ? parts[4] : null;
            list.add(new Org(parts[1], OrgType.of(parts[0].charAt(0)), parts[2], spoken, areas));
        }
        return new Country(code, weight, language, callingCode, List.copyOf(list));
    }

    static final List<Country> COUNTRIES = List.of(
            country("US", 28, "en", "1", """
                    U|Massachusetts Institute of Technology|Cambridge||12456
                    U|Stanford University|Stanford
                    U|University of California, Berkeley|Berkeley
                    U|University of California, Los Angeles|Los Angeles
                    U|University of California, Irvine|Irvine
                    U|University of Texas at Austin|Austin
                    U|University of Houston|Houston
                    U|University of Washington|Seattle
                    U|Georgia Institute of Technology|Atlanta||125
                    U|University of Michigan|Ann Arbor
                    U|Purdue University|West Lafayette
                    U|Johns Hopkins University|Baltimore
                    U|University of Minnesota|Minneapolis
                    U|Texas A&M University|College Station
                    U|Columbia University|New York
                    U|San Jose State University|San Jose
                    U|University of Illinois Urbana-Champaign|Urbana
                    I|National Institutes of Health|Bethesda||13
                    I|National Institute of Standards and Technology|Gaithersburg||12
                    I|Lawrence Berkeley National Laboratory|Berkeley||12
                    I|Argonne National Laboratory|Lemont||12
                    I|Oak Ridge National Laboratory|Oak Ridge||12
                    C|Intel Corporation|Santa Clara||12
                    C|Google|Mountain View||125
                    C|Microsoft|Redmond||125
                    C|NVIDIA|Santa Clara||12
                    C|Apple|Cupertino||125
                    C|Amazon|Seattle||125
                    C|Qualcomm|San Diego||12
                    C|Boeing|Seattle||2
                    C|Pfizer|New York||13
                    H|Mayo Clinic|Rochester
                    H|MD Anderson Cancer Center|Houston
                    H|Massachusetts General Hospital|Boston"""),
            country("JP", 12, "ja", "81", """
                    U|University of Tokyo|Tokyo
                    U|Kyoto University|Kyoto
                    U|Osaka University|Suita
                    U|Tohoku University|Sendai
                    U|Nagoya University|Nagoya
                    U|Kyushu University|Fukuoka
                    U|Hokkaido University|Sapporo
                    U|Institute of Science Tokyo|Tokyo||125
                    U|Japan Advanced Institute of Science and Technology|Nomi||12
                    U|Waseda University|Tokyo
                    U|Keio University|Tokyo
                    U|Hiroshima University|Higashihiroshima
                    U|University of Tsukuba|Tsukuba
                    I|RIKEN|Wako||123
                    I|National Institute for Materials Science|Tsukuba||12
                    I|National Institute of Advanced Industrial Science and Technology|Tsukuba||12
                    C|Toyota Motor Corporation|Toyota||2
                    C|Hitachi, Ltd.|Tokyo||12
                    C|Toshiba Corporation|Kawasaki||12
                    C|Fujitsu Limited|Kawasaki||125
                    C|Panasonic Holdings|Kadoma||12
                    C|Sony Group Corporation|Tokyo||12
                    H|University of Tokyo Hospital|Tokyo"""),
            country("KR", 7, "ko", "82", """
                    U|Seoul National University|Seoul
                    U|KAIST|Daejeon||125
                    U|POSTECH|Pohang||12
                    U|Yonsei University|Seoul
                    U|Korea University|Seoul
                    U|Sungkyunkwan University|Suwon
                    U|Hanyang University|Seoul
                    U|Pusan National University|Busan
                    U|Ulsan National Institute of Science and Technology|Ulsan||123
                    U|Kyung Hee University|Seoul
                    I|Korea Institute of Science and Technology|Seoul||12
                    I|Electronics and Telecommunications Research Institute|Daejeon||12
                    C|Samsung Electronics|Suwon||12
                    C|LG Electronics|Seoul||12
                    C|Hyundai Motor Company|Seoul||2
                    C|SK hynix|Icheon||12
                    C|POSCO|Pohang||2
                    H|Samsung Medical Center|Seoul"""),
            country("DE", 7, "de", "49", """
                    U|Technische Universität München|Munich||12345
                    U|Ruprecht-Karls-Universität Heidelberg|Heidelberg
                    U|RWTH Aachen University|Aachen||1235
                    U|Karlsruher Institut für Technologie|Karlsruhe||125
                    U|Technische Universität Berlin|Berlin||125
                    U|Humboldt-Universität zu Berlin|Berlin
                    U|Technische Universität Dresden|Dresden||12345
                    U|Universität Stuttgart|Stuttgart||125
                    U|Ludwig-Maximilians-Universität München|Munich
                    U|Universität Hamburg|Hamburg
                    U|Leibniz Universität Hannover|Hanover
                    U|Georg-August-Universität Göttingen|Göttingen
                    I|Max-Planck-Institut für Festkörperforschung|Stuttgart||12
                    I|Fraunhofer-Institut für Solare Energiesysteme ISE|Freiburg||12
                    I|Deutsches Zentrum für Luft- und Raumfahrt|Cologne||12
                    I|Helmholtz-Zentrum Berlin|Berlin||12
                    C|Siemens AG|Munich||12
                    C|Robert Bosch GmbH|Stuttgart||2
                    C|BASF SE|Ludwigshafen||124
                    C|SAP SE|Walldorf||125
                    C|Infineon Technologies AG|Neubiberg||12
                    H|Charité – Universitätsmedizin Berlin|Berlin"""),
            country("FR", 7, "fr", "33", """
                    U|Sorbonne Université|Paris
                    U|Université Paris-Saclay|Orsay
                    U|Université Grenoble Alpes|Grenoble
                    U|Université de Strasbourg|Strasbourg
                    U|Université de Bordeaux|Bordeaux
                    U|Aix-Marseille Université|Marseille
                    U|Université de Lille|Lille
                    U|Université Claude Bernard Lyon 1|Lyon
                    U|Université Toulouse III – Paul Sabatier|Toulouse
                    U|École polytechnique|Palaiseau||125
                    U|Université de Montpellier|Montpellier
                    U|Université Paris Cité|Paris
                    I|Centre national de la recherche scientifique|Paris
                    I|Institut Pasteur|Paris||13
                    I|Commissariat à l'énergie atomique et aux énergies alternatives|Gif-sur-Yvette||12
                    I|Institut national de recherche pour l'agriculture, l'alimentation et l'environnement|Paris||14
                    C|Airbus|Toulouse||2
                    C|Thales|Paris||12
                    C|TotalEnergies|Paris||125
                    C|Sanofi|Paris||13
                    H|Assistance Publique – Hôpitaux de Paris|Paris"""),
            country("AU", 7, "en", "61", """
                    U|University of Melbourne|Melbourne
                    U|University of Sydney|Sydney
                    U|UNSW Sydney|Sydney
                    U|Monash University|Melbourne
                    U|Australian National University|Canberra
                    U|University of Queensland|Brisbane
                    U|RMIT University|Melbourne
                    U|University of Adelaide|Adelaide
                    U|University of Western Australia|Perth
                    U|University of Technology Sydney|Sydney
                    U|Queensland University of Technology|Brisbane
                    U|Deakin University|Geelong
                    I|CSIRO|Canberra||124
                    C|BHP|Melbourne||125
                    C|Commonwealth Bank of Australia|Sydney||5
                    H|Royal Melbourne Hospital|Melbourne"""),
            country("CA", 5, "en", "1", """
                    U|University of Toronto|Toronto
                    U|McGill University|Montreal
                    U|University of British Columbia|Vancouver
                    U|Université de Montréal|Montreal|fr
                    U|University of Waterloo|Waterloo
                    U|University of Alberta|Edmonton
                    U|McMaster University|Hamilton
                    U|Université Laval|Quebec City|fr
                    U|University of Calgary|Calgary
                    U|Concordia University|Montreal
                    I|National Research Council Canada|Ottawa||12
                    C|Shopify|Ottawa||15
                    C|Bombardier|Montreal|fr|2
                    H|University Health Network|Toronto"""),
            country("GB", 4, "en", "44", """
                    U|University of Oxford|Oxford
                    U|University of Cambridge|Cambridge
                    U|Imperial College London|London
                    U|University College London|London
                    U|University of Manchester|Manchester
                    U|University of Edinburgh|Edinburgh
                    U|University of Birmingham|Birmingham
                    U|University of Leeds|Leeds
                    U|University of Southampton|Southampton
                    U|University of Nottingham|Nottingham
                    I|The Francis Crick Institute|London||13
                    C|Arm Ltd|Cambridge||12
                    C|Rolls-Royce plc|Derby||2
                    C|HSBC|London||5
                    H|Guy's and St Thomas' NHS Foundation Trust|London"""),
            country("SG", 3, "en", "65", """
                    U|National University of Singapore|Singapore
                    U|Nanyang Technological University|Singapore
                    U|Singapore University of Technology and Design|Singapore||12
                    U|Singapore Management University|Singapore||5
                    I|Agency for Science, Technology and Research|Singapore||123
                    C|DBS Bank|Singapore||5
                    C|Singapore Airlines|Singapore||25
                    H|Singapore General Hospital|Singapore"""),
            country("TW", 3, "zh", "886", """
                    U|National Taiwan University|Taipei
                    U|National Tsing Hua University|Hsinchu
                    U|National Yang Ming Chiao Tung University|Hsinchu
                    U|National Cheng Kung University|Tainan
                    U|National Taiwan University of Science and Technology|Taipei||125
                    U|National Central University|Taoyuan
                    I|Academia Sinica|Taipei
                    C|Taiwan Semiconductor Manufacturing Company|Hsinchu||12
                    C|Hon Hai Precision Industry|New Taipei||2"""),
            country("RU", 3, "ru", "7", """
                    U|Lomonosov Moscow State University|Moscow
                    U|Saint Petersburg State University|Saint Petersburg
                    U|Moscow Institute of Physics and Technology|Dolgoprudny||12
                    U|Bauman Moscow State Technical University|Moscow||12
                    U|Novosibirsk State University|Novosibirsk
                    U|Peoples' Friendship University of Russia|Moscow
                    U|Kazan Federal University|Kazan
                    U|Tomsk Polytechnic University|Tomsk||12
                    I|Joint Institute for Nuclear Research|Dubna||1
                    I|Lebedev Physical Institute|Moscow||1"""),
            country("CZ", 1.5, "cs", "420", """
                    U|Univerzita Karlova|Prague
                    U|České vysoké učení technické v Praze|Prague||12
                    U|Vysoké učení technické v Brně|Brno||12
                    U|Masarykova univerzita|Brno
                    I|Fyzikální ústav AV ČR|Prague||1
                    C|Škoda Auto|Mladá Boleslav||2"""),
            country("PL", 1.2, "pl", "48", """
                    U|Uniwersytet Warszawski|Warsaw
                    U|Politechnika Warszawska|Warsaw||12
                    U|Uniwersytet Jagielloński|Kraków
                    U|Akademia Górniczo-Hutnicza|Kraków||12
                    U|Politechnika Wrocławska|Wrocław||12
                    I|Instytut Fizyki PAN|Warsaw||1"""),
            country("NL", 1.2, "nl", "31", """
                    U|Technische Universiteit Delft|Delft||125
                    U|Universiteit van Amsterdam|Amsterdam
                    U|Technische Universiteit Eindhoven|Eindhoven||125
                    U|Wageningen University & Research|Wageningen||1245
                    U|Universiteit Leiden|Leiden
                    U|Universiteit Utrecht|Utrecht
                    C|ASML|Veldhoven||12
                    C|Philips|Amsterdam||23
                    H|Erasmus MC|Rotterdam"""),
            country("CH", 1, "de", "41", """
                    U|ETH Zürich|Zurich||12456
                    U|École polytechnique fédérale de Lausanne|Lausanne|fr|125
                    U|Universität Zürich|Zurich
                    U|Université de Genève|Geneva|fr
                    U|Universität Basel|Basel
                    I|CERN|Geneva|fr|12
                    I|Paul Scherrer Institut|Villigen||12
                    C|Novartis|Basel||13
                    C|F. Hoffmann-La Roche|Basel||13
                    C|Nestlé|Vevey|fr|45"""),
            country("SE", 1, "sv", "46", """
                    U|KTH Royal Institute of Technology|Stockholm||125
                    U|Karolinska Institutet|Stockholm||3
                    U|Lund University|Lund
                    U|Uppsala University|Uppsala
                    U|Chalmers University of Technology|Gothenburg||125
                    U|Linköping University|Linköping
                    C|Ericsson|Stockholm||12
                    C|Volvo Group|Gothenburg||2"""),
            country("FI", 0.8, "fi", "358", """
                    U|Aalto University|Espoo||1256
                    U|University of Helsinki|Helsinki
                    U|Tampere University|Tampere
                    U|University of Oulu|Oulu
                    U|LUT University|Lappeenranta||125
                    I|VTT Technical Research Centre of Finland|Espoo||12
                    C|Nokia|Espoo||12"""),
            country("BE", 1, "nl", "32", """
                    U|KU Leuven|Leuven
                    U|Universiteit Gent|Ghent
                    U|Université catholique de Louvain|Louvain-la-Neuve|fr
                    U|Université libre de Bruxelles|Brussels|fr
                    U|Université de Liège|Liège|fr
                    I|imec|Leuven||12"""),
            country("IT", 0.8, "it", "39", """
                    U|Politecnico di Milano|Milan||1256
                    U|Sapienza Università di Roma|Rome
                    U|Alma Mater Studiorum – Università di Bologna|Bologna
                    U|Politecnico di Torino|Turin||12
                    U|Università degli Studi di Padova|Padua
                    U|Scuola Normale Superiore|Pisa||16
                    I|Abdus Salam International Centre for Theoretical Physics|Trieste||1"""),
            country("CN", 1, "zh", "86", """
                    U|Tsinghua University|Beijing
                    U|Peking University|Beijing
                    U|Fudan University|Shanghai
                    U|Shanghai Jiao Tong University|Shanghai
                    U|Zhejiang University|Hangzhou
                    U|Sun Yat-sen University|Guangzhou
                    U|Guangxi University|Nanning
                    I|Chinese Academy of Sciences|Beijing
                    C|Huawei Technologies|Shenzhen||12"""),
            country("TH", 0.8, "th", "66", """
                    U|Chulalongkorn University|Bangkok
                    U|Mahidol University|Nakhon Pathom
                    U|Asian Institute of Technology|Pathum Thani||1245
                    U|Kasetsart University|Bangkok||1245
                    U|Chiang Mai University|Chiang Mai
                    U|Khon Kaen University|Khon Kaen
                    U|King Mongkut's University of Technology Thonburi|Bangkok||125
                    C|SCG|Bangkok||2"""),
            country("NZ", 0.8, "en", "64", """
                    U|University of Auckland|Auckland
                    U|Victoria University of Wellington|Wellington
                    U|University of Canterbury|Christchurch
                    U|University of Otago|Dunedin
                    U|Massey University|Palmerston North
                    C|Fonterra|Auckland||4"""),
            country("NO", 0.6, "nb", "47", """
                    U|Norwegian University of Science and Technology|Trondheim||12345
                    U|University of Oslo|Oslo
                    U|University of Bergen|Bergen
                    C|Equinor|Stavanger||12"""),
            country("DK", 0.6, "da", "45", """
                    U|Technical University of Denmark|Kongens Lyngby||1234
                    U|University of Copenhagen|Copenhagen
                    U|Aarhus University|Aarhus
                    C|Novo Nordisk|Bagsværd||13"""),
            country("AT", 0.6, "de", "43", """
                    U|Technische Universität Wien|Vienna||125
                    U|Universität Wien|Vienna
                    U|Technische Universität Graz|Graz||12
                    U|Johannes Kepler Universität Linz|Linz
                    I|Institute of Science and Technology Austria|Klosterneuburg||1"""),
            country("IE", 0.4, "en", "353", """
                    U|Trinity College Dublin|Dublin
                    U|University College Dublin|Dublin
                    U|University College Cork|Cork
                    C|Intel Ireland|Leixlip||12"""),
            country("HU", 0.4, "hu", "36", """
                    U|Budapesti Műszaki és Gazdaságtudományi Egyetem|Budapest||125
                    U|Eötvös Loránd Tudományegyetem|Budapest
                    U|Debreceni Egyetem|Debrecen"""));

    /** Countries whose universities trained many Vietnamese scientists before 1991, and still award the DSc. */
    static final java.util.Set<String> DOCTOR_OF_SCIENCE_COUNTRIES = java.util.Set.of("RU", "CZ", "PL", "HU", "DE");

    /** Area (FORD top notation) → Vietnamese universities where a first degree in that area is typically earned. */
    static final Map<String, List<String>> VIETNAMESE_UNIVERSITIES = Map.of(
            "1", List.of("Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Hà Nội", "Trường Đại học Sư phạm Hà Nội",
                    "Đại học Bách khoa Hà Nội", "Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội", "Trường Đại học Vinh",
                    "Trường Đại học Hồng Đức", "Trường Đại học Mỏ - Địa chất",
                    "Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Thành phố Hồ Chí Minh"),
            "2", List.of("Đại học Bách khoa Hà Nội", "Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội",
                    "Trường Đại học Xây dựng Hà Nội", "Trường Đại học Thủy lợi", "Học viện Kỹ thuật Quân sự",
                    "Trường Đại học Bách khoa, Đại học Quốc gia Thành phố Hồ Chí Minh", "Trường Đại học Giao thông Vận tải",
                    "Học viện Công nghệ Bưu chính Viễn thông", "Trường Đại học Hồng Đức"),
            "3", List.of("Trường Đại học Y Hà Nội", "Trường Đại học Dược Hà Nội", "Đại học Y Dược Thành phố Hồ Chí Minh",
                    "Học viện Quân y", "Trường Đại học Y Dược, Đại học Huế"),
            "4", List.of("Học viện Nông nghiệp Việt Nam", "Trường Đại học Lâm nghiệp", "Trường Đại học Hồng Đức",
                    "Trường Đại học Nông Lâm, Đại học Huế", "Trường Đại học Nông Lâm Thành phố Hồ Chí Minh"),
            "5", List.of("Đại học Kinh tế Quốc dân", "Trường Đại học Ngoại thương", "Trường Đại học Luật Hà Nội",
                    "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội", "Học viện Ngoại giao",
                    "Trường Đại học Sư phạm Hà Nội", "Học viện Tài chính", "Trường Đại học Hồng Đức",
                    "Trường Đại học Kinh tế, Đại học Quốc gia Hà Nội"),
            "6", List.of("Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội", "Trường Đại học Sư phạm Hà Nội",
                    "Trường Đại học Hà Nội", "Trường Đại học Ngoại ngữ, Đại học Quốc gia Hà Nội",
                    "Trường Đại học Văn hóa Hà Nội", "Trường Đại học Hồng Đức"));

    /** Vietnamese architecture school, for architects (KTS). */
    static final String ARCHITECTURE_UNIVERSITY = "Trường Đại học Kiến trúc Hà Nội";

    /** Earlier employers in Viet Nam: name, the position held there (in Vietnamese), FORD areas. */
    static final List<String[]> VIETNAMESE_EMPLOYERS = List.of(
            new String[] {"Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Nghiên cứu viên", "124"},
            new String[] {"Viện Hàn lâm Khoa học xã hội Việt Nam", "Nghiên cứu viên", "56"},
            new String[] {"Đại học Quốc gia Hà Nội", "Giảng viên", "123456"},
            new String[] {"Đại học Bách khoa Hà Nội", "Giảng viên", "12"},
            new String[] {"Trường Đại học Hồng Đức", "Giảng viên", "123456"},
            new String[] {"Đại học Kinh tế Quốc dân", "Giảng viên", "5"},
            new String[] {"Học viện Nông nghiệp Việt Nam", "Giảng viên", "4"},
            new String[] {"Bệnh viện Bạch Mai", "Bác sĩ", "3"},
            new String[] {"Bệnh viện Hữu nghị Việt Đức", "Bác sĩ", "3"},
            new String[] {"Tập đoàn FPT", "Kỹ sư", "12"},
            new String[] {"Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)", "Kỹ sư", "12"},
            new String[] {"Tập đoàn Dầu khí Việt Nam", "Kỹ sư", "12"},
            new String[] {"Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)", "Chuyên viên", "5"});
}
