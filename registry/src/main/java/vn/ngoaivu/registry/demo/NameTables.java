package vn.ngoaivu.registry.demo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese name parts and their frequencies, from which {@link SyntheticExperts} draws random combinations:
 * no table holds a full name, so no generated name is a real person's except by chance.
 *
 * <p>Family names follow the published national distribution (Nguyễn about 38 %, Trần, Lê, Phạm, ...), with the
 * northern spellings Hoàng and Vũ more frequent than Huỳnh and Võ, and Lê and Trịnh a little higher, as in
 * Thanh Hóa. Middle names: Văn and Thị are frequent but, for the generations born 1950–1995 who study and work
 * abroad, far from universal; women often carry two (Thị Thu, Thị Ngọc). Given names: the common ones by
 * gender, the most popular weighted a little higher.
 */
final class NameTables {

    private NameTables() {
    }

    /** {@code name:weight} pairs; weights are per mille of the population, roughly. */
    static final String FAMILY = """
            Nguyễn:380 Trần:110 Lê:100 Phạm:65 Hoàng:40 Huỳnh:8 Phan:30 Vũ:30 Võ:8 Đặng:20 Bùi:20 Đỗ:15 Hồ:12 Ngô:12
            Dương:10 Lý:5 Trịnh:20 Mai:10 Đinh:10 Lương:8 Đào:6 Cao:5 Hà:7 Lại:3 Tạ:3 Đoàn:6 Tống:3 Quách:3 Lưu:4
            Vương:2 Nghiêm:2 Khương:1 Lò:2 Cầm:1 Kiều:2 Chu:2 Thái:2 Triệu:2 Tô:3 Phùng:3 La:1 Mạc:1 Giang:1 Hàn:1
            Lục:1 Nông:1 Doãn:1 Khúc:1 Văn:1 Âu:1 Thiều:1 Trương:4 Lâm:3""";

    /** Middle names of men; {@code _} joins the syllables of a two-syllable middle name. */
    static final String MALE_MIDDLE = """
            Văn:110 Hữu:45 Đức:50 Minh:50 Quang:45 Xuân:35 Thanh:35 Công:35 Ngọc:30 Anh:25 Mạnh:20 Trọng:25 Quốc:35
            Đình:45 Bá:30 Duy:30 Hoàng:25 Huy:20 Tiến:20 Thành:20 Trung:20 Việt:25 Hồng:20 Kim:10 Đăng:20 Khắc:20
            Doãn:10 Sỹ:20 Như:10 Thế:30 Chí:20 Phú:10 Gia:20 Hải:20 Nhật:20 Tất:10 Tuấn:20 Bảo:20 Trường:10 Thái:10
            Thiện:10 Vĩnh:10 Kiến:5 Phúc:10 Tùng:5 Tự:5 Trí:10 Hoài:10 Khánh:10 Nam:10 Phi:5 Phương:10 Quý:5 Sơn:10
            Tấn:10 Thiên:5 Tường:5 Danh:5 Đắc:10 Năng:5 Ích:3 Nhân:5 Hiếu:5 Cao:5 Bình:5 Đại:5 Diệu:3 Hà:5 Kỳ:3
            Lâm:5 Lương:5 Mậu:3 Ngọc_Minh:3 Phước:5 Quảng:3 Lê:8 Trần:5 Phạm:4 Nguyễn:5 Hồ:3 Đỗ:3 Văn_Minh:6
            Văn_Quang:4 Văn_Anh:4 Hữu_Minh:3 Đức_Minh:4 Đình_Quang:3 Quang_Minh:4 Công_Minh:3 Xuân_Quang:3 Bá_Anh:2
            Ngọc_Anh:3 Minh_Quang:3 Đức_Anh:4 Hoàng_Minh:3 Quốc_Việt:3 Thanh_Tùng:2 Lê_Minh:3 Trần_Quang:2
            Nguyễn_Đức:2 Phạm_Minh:2 Lê_Hoàng:2 Trần_Minh:2 Nguyễn_Hoàng:2""";

    static final String FEMALE_MIDDLE = """
            Thị:120 Thu:50 Ngọc:50 Thanh:45 Minh:35 Hồng:35 Bích:25 Kim:25 Phương:35 Lan:20 Mai:20 Thúy:25 Hoài:20
            Diệu:20 Khánh:25 Bảo:20 Quỳnh:20 Tuyết:10 Hải:20 Thùy:25 Mỹ:20 Vân:20 Như:20 Cẩm:10 Hà:10 Hương:10
            Huyền:10 Lệ:10 Ánh:20 Tú:10 Xuân:20 Việt:10 Hoàng:10 Linh:10 Diễm:10 Quế:5 Tường:5 Uyên:5 Kiều:10 Hạnh:5
            Nguyệt:5 Trúc:5 Phúc:5 Hiền:5 Thiên:5 Cát:3 Hải_Yến:3 Bạch:3 Châu:5 Đan:5 Gia:5 Lê:6 Trần:4 Phạm:3
            Nguyễn:4 Vũ:2 Lê_Thị:3 Trần_Thị:2 Nguyễn_Thị:3 Phạm_Thị:2 Thị_Thu:25 Thị_Ngọc:15 Thị_Thanh:15
            Thị_Minh:12 Thị_Hồng:12 Thị_Bích:10 Thị_Kim:10 Thị_Phương:8 Thị_Lan:6 Thị_Mai:6 Thị_Thúy:8 Thị_Hoài:5
            Thị_Thùy:6 Thị_Mỹ:5 Thị_Vân:5 Thị_Hải:5 Thị_Kiều:5 Thị_Diệu:4 Thị_Quỳnh:4 Thị_Khánh:4 Thị_Ánh:4
            Thị_Xuân:5 Thị_Tuyết:4 Thị_Hương:4 Thị_Huyền:4 Thị_Hà:4 Thị_Linh:3 Thị_Việt:3 Thị_Cẩm:3 Thị_Lệ:3
            Thị_Như:3 Thị_Tú:3 Thị_Hạnh:3 Thị_Nguyệt:3 Ngọc_Bảo:3 Thu_Hoài:2 Thanh_Thúy:2 Minh_Thu:2 Hồng_Ngọc:2
            Bảo_Ngọc:2 Thu_Thảo:2""";

    static final String MALE_GIVEN = """
            An:2 Anh:3 Bách:1 Bảo:2 Bình:2 Cảnh:1 Cường:2 Chiến:2 Chính:2 Công:1 Danh:1 Dũng:3 Dương:2 Duy:2 Đạt:2
            Định:1 Đông:2 Đức:2 Giang:1 Giáp:1 Hải:3 Hào:1 Hậu:1 Hiển:1 Hiếu:2 Hiệp:2 Hòa:2 Hoàng:2 Học:1 Hùng:3
            Hưng:2 Huy:2 Khải:1 Khang:1 Khánh:2 Khoa:2 Khôi:1 Kiên:2 Kiệt:1 Lâm:2 Lập:1 Lộc:2 Long:2 Luân:1 Lực:1
            Mạnh:2 Minh:3 Nam:3 Nghĩa:2 Nguyên:2 Nhân:2 Nhật:1 Ninh:1 Phát:1 Phong:2 Phú:2 Phúc:2 Phương:2 Quân:2
            Quang:2 Quốc:1 Quý:1 Quyết:1 Sang:1 Sơn:3 Tài:2 Tâm:2 Tân:2 Thái:2 Thắng:2 Thanh:2 Thành:2 Thạch:1
            Thiện:1 Thịnh:2 Thông:2 Thuận:1 Tiến:2 Toàn:2 Toản:1 Trí:2 Trọng:1 Trung:2 Trường:2 Tú:2 Tuấn:3 Tùng:2
            Tường:1 Việt:2 Vinh:2 Vĩnh:1 Vũ:2 Vương:1 Bắc:1 Cương:1 Doanh:1 Hoan:1 Hợp:1 Khiêm:1 Khương:1 Lân:1
            Lợi:1 Luật:1 Nghị:1 Phi:1 Phước:1 Sĩ:1 Tấn:1 Thạo:1 Thuật:1 Thức:1 Tuyên:1 Uy:1 Vỹ:1 Đăng:1 Điền:1 Độ:1
            Hoàn:1 Hưởng:1 Lượng:1 Mậu:1 Nhuận:1 Quảng:1 Thụy:1 Tiệp:1 Triều:1 Tuệ:1 Cẩn:1 Chung:1 Diện:1 Đoàn:1
            Giao:1 Hạnh:1 Huân:1 Kỳ:1 Lịch:1 Ngạn:1 Nhất:1 Phán:1 Sáng:1 Sinh:1 Tập:1 Thiêm:1 Thọ:1 Tín:1 Toại:1
            Tráng:1 Tuân:1 Ước:1 Viễn:1 Xuyên:1 Yên:1 Đạo:1 Hanh:1 Khuê:1 Lễ:1 Mừng:1 Nhã:1 Quyền:1 Soái:1 Tạo:1
            Thân:1 Trác:1 Tư:1 Vịnh:1 Bằng:1 Chương:1 Du:1 Đàm:1 Hiền:1 Kha:1 Lĩnh:1 Mẫn:1 Ngân:1 Phụng:1 Quỳnh:1
            Tạc:1 Thiều:1 Trực:1 Tuyển:1 Vượng:1 Ân:1 Biên:1 Cần:1 Châu:1 Chiểu:1 Chỉnh:1 Đán:1 Điềm:1 Đoan:1 Đồng:1
            Dự:1 Duyệt:1 Gia:1 Hà:1 Hãn:1 Hân:1 Hiệu:1 Hồng:1 Huấn:1 Hướng:1 Khanh:1 Khởi:1 Kính:1 Lạc:1 Lai:1 Lam:1
            Lăng:1 Liêm:1 Linh:1 Lĩnh:1 Miên:1 Nghiêm:1 Nhượng:1 Ninh:1 Phổ:1 Phùng:1 Quán:1 Quyến:1 Sắc:1 Sâm:1
            Sửu:1 Thao:1 Thiệp:1 Thìn:1 Thống:1 Thục:1 Thuyết:1 Tiềm:1 Tĩnh:1 Tịnh:1 Tôn:1 Trạch:1 Tranh:1 Triển:1
            Trúc:1 Tuế:1 Tuyến:1 Tỵ:1 Ưng:1 Văn:1 Vận:1 Vệ:1 Vĩ:1 Xuân:1 Xướng:1""";

    static final String FEMALE_GIVEN = """
            An:2 Anh:3 Ánh:2 Bích:1 Châu:2 Chi:2 Cúc:1 Diệp:1 Diệu:1 Dung:2 Duyên:2 Giang:2 Hà:3 Hải:1 Hạnh:2 Hằng:3
            Hiền:2 Hoa:2 Hòa:1 Hoài:1 Hồng:2 Huệ:2 Hương:3 Hường:2 Huyền:3 Khánh:1 Khuê:1 Kiều:1 Lam:1 Lan:3 Liên:2
            Liễu:1 Linh:3 Loan:2 Ly:2 Mai:3 Mận:1 My:2 Nga:2 Ngân:2 Ngọc:2 Nguyệt:2 Nhàn:2 Nhi:2 Nhung:2 Oanh:2
            Phương:3 Phượng:2 Quyên:2 Quỳnh:2 Sen:1 Tâm:2 Thanh:2 Thảo:3 Thắm:1 Thơ:1 Thoa:2 Thu:2 Thúy:2 Thủy:3
            Thư:2 Thương:2 Tiên:1 Trà:1 Trang:3 Trâm:2 Trinh:2 Tú:1 Tuyết:2 Uyên:2 Vân:2 Vi:1 Xuân:2 Yến:2 Hạ:1
            Đào:1 Điệp:1 Gấm:1 Hậu:1 Hân:1 Lệ:1 Lý:1 Minh:2 Mơ:1 Na:1 Nương:1 Phấn:1 Quế:1 Sương:1 Thi:1 Thìn:1
            Thục:1 Thùy:2 Tình:1 Trúc:1 Tuệ:1 Vy:2 Hảo:1 Kim:1 Nhạn:1 Ngà:1 Dịu:1 Hiên:1 Chinh:1 Cầm:1 Diễm:1 Đoan:1
            Hoan:1 Khanh:1 Lài:1 Lụa:1 Miên:1 Mỹ:1 Nhài:1 Nhiên:1 Nụ:1 Phúc:1 Quý:1 Son:1 Thêu:1 Thoan:1 Thuận:1
            Thuyên:1 Tươi:1 Vinh:1 Xoan:1 Yên:1 Ái:1 Bình:1 Cẩm:1 Đan:1 Giao:1 Hiếu:1 Hợp:1 Huyên:1 Lành:1 Lương:1
            Mến:1 Ngát:1 Nhâm:1 Nhuần:1 Phụng:1 Sâm:1 Tần:1 Thêm:1 Thịnh:1 Thoại:1 Thụy:1 Tiền:1 Tuyền:1 Uyển:1
            Vương:1 Xuyến:1 Ý:1 Luyến:1 Bảo:1 Băng:1 Bội:1 Cát:1 Chuyên:1 Dạ:1 Diễn:1 Doan:1 Dương:1 Đông:1 Giáng:1
            Hạnh:1 Hoàn:1 Huế:1 Hương_Giang:1 Khuyên:1 Lâm:1 Liên:1 Lĩnh:1 Loan:1 Mẫn:1 Mộng:1 Ngần:1 Nghi:1 Như:1
            Ninh:1 Phi:1 Quyến:1 Sa:1 San:1 Thiện:1 Thoa:1 Thơm:1 Thường:1 Trầm:1 Trang:1 Triều:1 Tú_Anh:1 Tường:1
            Tuyên:1 Uyên:1 Vẹn:1 Viên:1 Việt:1 Xinh:1 Duệ:1 Đài:1 Hằng_Nga:1 Khải:1 Lạc:1 Ngoan:1""";

    /**
     * Names of well-known people (leaders, famous scientists abroad) that random combinations could produce: a
     * generated name equal to one of them is drawn again, so that no demo shows a public figure.
     */
    static final java.util.Set<String> WELL_KNOWN = java.util.Set.of(
            "Hồ Chí Minh", "Võ Nguyên Giáp", "Phạm Văn Đồng", "Nguyễn Văn Linh", "Nông Đức Mạnh", "Nguyễn Phú Trọng",
            "Trần Đức Lương", "Nguyễn Minh Triết", "Trương Tấn Sang", "Trần Đại Quang", "Nguyễn Xuân Phúc",
            "Võ Văn Thưởng", "Võ Văn Kiệt", "Phan Văn Khải", "Nguyễn Tấn Dũng", "Phạm Minh Chính", "Nguyễn Thị Kim Ngân",
            "Vương Đình Huệ", "Trần Thanh Mẫn", "Nguyễn Thị Bình", "Võ Thị Ánh Xuân", "Nguyễn Văn Thiệu", "Lê Đức Thọ",
            "Lê Đức Anh", "Nguyễn Hòa Bình", "Phạm Gia Khiêm", "Bùi Thanh Sơn", "Phạm Bình Minh", "Nguyễn Cao Kỳ",
            "Ngô Bảo Châu", "Đàm Thanh Sơn", "Vũ Hà Văn", "Trịnh Xuân Thuận", "Lê Bá Khánh Trình", "Tạ Quang Bửu",
            "Trần Đại Nghĩa", "Tôn Thất Tùng", "Đặng Văn Ngữ", "Lương Định Của", "Nguyễn Văn Hiệu", "Phan Văn Trường",
            "Trần Văn Thọ", "Nguyễn Đình Tứ", "Lê Văn Thiêm", "Ngô Việt Trung", "Nguyễn Thiện Nhân", "Lê Văn Hưu");

    /** One name part: as written in Vietnamese, and as written abroad (without diacritics, Đ folded to D). */
    record Part(String vi, String latin, String latinLower, String latinShort) {
    }

    /**
     * Parses {@code name:weight} pairs separated by white space. For middle names, {@code latinShort} is what
     * remains abroad when the generic Văn or Thị is dropped ("Thị Thu" becomes "Thu", "Văn" nothing).
     */
    static Weighted<Part> parse(String table) {
        Weighted.Builder<Part> builder = Weighted.builder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String entry : table.strip().split("\\s+")) {
            int colon = entry.lastIndexOf(':');
            String vi = entry.substring(0, colon).replace('_', ' ');
            if (!seen.add(vi)) {
                continue; // a name listed twice keeps its first weight
            }
            double weight = Double.parseDouble(entry.substring(colon + 1));
            String latin = fold(vi);
            String latinShort = latin;
            if (latin.equals("Van") || latin.equals("Thi")) {
                latinShort = "";
            } else if (latin.startsWith("Van ") || latin.startsWith("Thi ")) {
                latinShort = latin.substring(4);
            }
            builder.add(new Part(vi, latin, latin.toLowerCase(Locale.ROOT).replace(' ', '.'), latinShort), weight);
        }
        return builder.build();
    }

    /** Vietnamese text without its diacritics, as names are written abroad: "Đặng Thị Thu Hà" → "Dang Thi Thu Ha". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
