package vn.ngoaivu.registry.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields of expertise (FORD notations) weighted as overseas Vietnamese scientists are spread over them
 * (computer science, electrical engineering, economics and medicine first), each with keywords in English
 * and Vietnamese.
 */
final class FieldTables {

    private FieldTables() {
    }

    /** A keyword in both languages. */
    record Keyword(String en, String vi) {
    }

    /** A FORD field: its notation, its relative weight and its keywords. */
    record Field(String notation, double weight, List<Keyword> keywords) {
        /** The area: the FORD top concept, e.g. {@code 2} for {@code 2.2}. */
        String area() {
            return notation.substring(0, notation.indexOf('.'));
        }
    }

    private static final Map<String, Field> BUILDER = new LinkedHashMap<>();

    /** {@code keywords}: "english = vietnamese" pairs separated by semicolons. */
    private static void field(String notation, double weight, String keywords) {
        List<Keyword> list = java.util.Arrays.stream(keywords.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(pair -> {
                    String[] parts = pair.split("=");
                    return new Keyword(parts[0].strip(), parts[1].strip());
                })
                .toList();
        BUILDER.put(notation, new Field(notation, weight, list));
    }

    static {
        field("1.1", 3, "algebraic geometry = hình học đại số; number theory = lý thuyết số; probability theory = lý thuyết"
                + " xác suất; optimisation = tối ưu hóa; partial differential equations = phương trình đạo hàm riêng;"
                + " statistics = thống kê");
        field("1.2", 14, "machine learning = học máy; artificial intelligence = trí tuệ nhân tạo; computer vision = thị giác"
                + " máy tính; natural language processing = xử lý ngôn ngữ tự nhiên; cybersecurity = an toàn thông tin;"
                + " distributed systems = hệ thống phân tán; data science = khoa học dữ liệu; blockchain = chuỗi khối;"
                + " software engineering = công nghệ phần mềm");
        field("1.3", 5, "condensed matter physics = vật lý chất rắn; quantum optics = quang học lượng tử; particle physics ="
                + " vật lý hạt cơ bản; photonics = quang tử học; astrophysics = vật lý thiên văn; quantum computing ="
                + " tính toán lượng tử");
        field("1.4", 4, "organic synthesis = tổng hợp hữu cơ; catalysis = xúc tác; electrochemistry = điện hóa học; natural"
                + " product chemistry = hóa học các hợp chất thiên nhiên; analytical chemistry = hóa phân tích; polymer"
                + " chemistry = hóa học polyme");
        field("1.5", 3, "climate change = biến đổi khí hậu; hydrology = thủy văn; remote sensing = viễn thám; oceanography ="
                + " hải dương học; geology = địa chất học; coastal erosion = xói lở bờ biển");
        field("1.6", 4, "molecular biology = sinh học phân tử; genomics = hệ gen học; microbiology = vi sinh vật học;"
                + " ecology = sinh thái học; biodiversity = đa dạng sinh học; cell biology = sinh học tế bào");
        field("1.7", 0.5, "complex systems = hệ phức hợp; bioinformatics = tin sinh học; computational modelling = mô hình"
                + " hóa tính toán; interdisciplinary science = khoa học liên ngành");
        field("2.1", 4, "structural engineering = kết cấu công trình; geotechnical engineering = địa kỹ thuật; transport"
                + " infrastructure = hạ tầng giao thông; bridge engineering = kỹ thuật cầu; building information"
                + " modelling = mô hình thông tin công trình; urban planning = quy hoạch đô thị");
        field("2.2", 9, "semiconductors = bán dẫn; integrated circuit design = thiết kế vi mạch; wireless communications ="
                + " truyền thông không dây; 5G networks = mạng 5G; power systems = hệ thống điện; signal processing = xử lý"
                + " tín hiệu; internet of things = Internet vạn vật");
        field("2.3", 4, "robotics = robot học; automation = tự động hóa; mechatronics = cơ điện tử; computational fluid"
                + " dynamics = động lực học chất lưu tính toán; manufacturing = chế tạo máy; automotive engineering = kỹ"
                + " thuật ô tô");
        field("2.4", 2, "petrochemicals = hóa dầu; process engineering = kỹ thuật quá trình; biofuels = nhiên liệu sinh học;"
                + " water treatment = xử lý nước; hydrogen energy = năng lượng hydro");
        field("2.5", 4, "materials science = khoa học vật liệu; metallurgy = luyện kim; composite materials = vật liệu"
                + " composite; battery materials = vật liệu pin; thin films = màng mỏng");
        field("2.6", 1.5, "biomedical engineering = kỹ thuật y sinh; medical imaging = xử lý ảnh y tế; medical devices ="
                + " thiết bị y tế; biomaterials = vật liệu y sinh");
        field("2.7", 2, "wastewater treatment = xử lý nước thải; solid waste management = quản lý chất thải rắn; air"
                + " pollution = ô nhiễm không khí; renewable energy = năng lượng tái tạo; circular economy = kinh tế"
                + " tuần hoàn");
        field("2.8", 0.5, "bioremediation = xử lý ô nhiễm bằng sinh học; environmental microbiology = vi sinh vật môi"
                + " trường; biogas = khí sinh học");
        field("2.9", 1, "fermentation technology = công nghệ lên men; enzyme engineering = công nghệ enzyme; bioprocessing"
                + " = công nghệ quá trình sinh học; food biotechnology = công nghệ sinh học thực phẩm");
        field("2.10", 2, "nanomaterials = vật liệu nano; nanoelectronics = điện tử nano; graphene = graphene; nanomedicine ="
                + " y học nano");
        field("2.11", 2, "logistics = logistics; aerospace engineering = kỹ thuật hàng không vũ trụ; marine engineering ="
                + " kỹ thuật tàu thủy; quality management = quản lý chất lượng; digital transformation = chuyển đổi số");
        field("3.1", 3, "immunology = miễn dịch học; pharmacology = dược lý học; neuroscience = khoa học thần kinh;"
                + " physiology = sinh lý học; pathology = giải phẫu bệnh");
        field("3.2", 5, "oncology = ung thư học; cardiology = tim mạch học; paediatrics = nhi khoa; surgery = ngoại khoa;"
                + " infectious diseases = bệnh truyền nhiễm; endocrinology = nội tiết học");
        field("3.3", 2.5, "public health = y tế công cộng; epidemiology = dịch tễ học; nutrition = dinh dưỡng; nursing ="
                + " điều dưỡng; health policy = chính sách y tế");
        field("3.4", 1.5, "gene therapy = liệu pháp gen; stem cells = tế bào gốc; vaccine development = phát triển vắc xin;"
                + " molecular diagnostics = chẩn đoán phân tử");
        field("3.5", 1, "traditional medicine = y học cổ truyền; pharmaceutical sciences = khoa học dược; medical"
                + " informatics = tin học y tế; rehabilitation = phục hồi chức năng");
        field("4.1", 3, "aquaculture = nuôi trồng thủy sản; crop science = khoa học cây trồng; forestry = lâm nghiệp; smart"
                + " agriculture = nông nghiệp thông minh; soil science = khoa học đất; rice breeding = chọn tạo giống lúa");
        field("4.2", 0.7, "animal nutrition = dinh dưỡng vật nuôi; livestock breeding = chọn giống vật nuôi; dairy"
                + " farming = chăn nuôi bò sữa");
        field("4.3", 0.7, "veterinary epidemiology = dịch tễ học thú y; animal health = sức khỏe vật nuôi; zoonoses ="
                + " bệnh lây truyền từ động vật sang người");
        field("4.4", 1, "plant biotechnology = công nghệ sinh học thực vật; plant tissue culture = nuôi cấy mô thực vật;"
                + " genetically modified crops = cây trồng biến đổi gen; marker-assisted selection = chọn giống nhờ chỉ"
                + " thị phân tử");
        field("4.5", 0.6, "agricultural economics = kinh tế nông nghiệp; food safety = an toàn thực phẩm; post-harvest"
                + " technology = công nghệ sau thu hoạch");
        field("5.1", 1, "cognitive psychology = tâm lý học nhận thức; mental health = sức khỏe tâm thần; educational"
                + " psychology = tâm lý học giáo dục");
        field("5.2", 7, "development economics = kinh tế phát triển; finance = tài chính; international trade = thương mại"
                + " quốc tế; foreign direct investment = đầu tư trực tiếp nước ngoài; supply chain management = quản trị"
                + " chuỗi cung ứng; entrepreneurship = khởi nghiệp; fintech = công nghệ tài chính");
        field("5.3", 2, "higher education = giáo dục đại học; STEM education = giáo dục STEM; curriculum development ="
                + " phát triển chương trình đào tạo; e-learning = học trực tuyến; teacher training = đào tạo giáo viên");
        field("5.4", 1, "migration = di cư; diaspora studies = nghiên cứu cộng đồng người Việt ở nước ngoài; gender studies"
                + " = nghiên cứu giới; rural development = phát triển nông thôn; social policy = chính sách xã hội");
        field("5.5", 1.2, "international law = luật quốc tế; commercial law = luật thương mại; intellectual property = sở"
                + " hữu trí tuệ; environmental law = luật môi trường; data protection law = pháp luật bảo vệ dữ liệu");
        field("5.6", 1, "international relations = quan hệ quốc tế; public administration = hành chính công; public"
                + " policy = chính sách công; Southeast Asian studies = nghiên cứu Đông Nam Á");
        field("5.7", 0.5, "urban studies = nghiên cứu đô thị; regional development = phát triển vùng; land use = sử dụng"
                + " đất; tourism geography = địa lý du lịch");
        field("5.8", 0.6, "journalism = báo chí; digital media = truyền thông số; public relations = quan hệ công chúng;"
                + " communication studies = truyền thông học");
        field("5.9", 0.5, "tourism management = quản trị du lịch; social work = công tác xã hội; demography = nhân khẩu học");
        field("6.1", 0.8, "Vietnamese history = lịch sử Việt Nam; archaeology = khảo cổ học; Dong Son culture = văn hóa"
                + " Đông Sơn; Han-Nom studies = Hán Nôm học; cultural heritage = di sản văn hóa");
        field("6.2", 1.2, "linguistics = ngôn ngữ học; Vietnamese language teaching = giảng dạy tiếng Việt; comparative"
                + " literature = văn học so sánh; translation studies = dịch thuật học; applied linguistics = ngôn ngữ"
                + " học ứng dụng");
        field("6.3", 0.4, "ethics = đạo đức học; Buddhist studies = Phật học; philosophy of science = triết học khoa học;"
                + " religious studies = tôn giáo học");
        field("6.4", 0.6, "musicology = âm nhạc học; fine arts = mỹ thuật; film studies = nghiên cứu điện ảnh;"
                + " architecture = kiến trúc; performing arts = nghệ thuật biểu diễn");
        field("6.5", 0.4, "cultural studies = văn hóa học; Vietnamese studies = Việt Nam học; digital humanities = nhân"
                + " văn số");
    }

    static final Map<String, Field> FIELDS = java.util.Collections.unmodifiableMap(BUILDER);
}
