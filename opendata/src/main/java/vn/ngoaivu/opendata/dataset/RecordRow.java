package vn.ngoaivu.opendata.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One foreign-affairs record as the open-data queries read it: the common columns, the kind's own fields
 * ({@code details}) and, for NGO projects, the name of the NGO the project belongs to.
 */
record RecordRow(UUID id, String status, String title, String summary, List<String> countries, String startDate,
                 String endDate, JsonNode details, String ngoName) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The columns {@link #read} expects, aliased {@code r} (and {@code n} for the project's NGO). */
    static final String SELECT = "SELECT r.id, r.status, r.title, r.summary, r.country_codes, r.start_date, r.end_date, "
            + "r.details::text AS details, n.title AS ngo_name FROM fa_record r "
            + "LEFT JOIN fa_record n ON n.kind = 'foreign-ngo' AND n.id::text = r.details->>'ngo' ";

    static RecordRow read(ResultSet row) throws SQLException {
        try {
            return new RecordRow(row.getObject("id", UUID.class), row.getString("status"), row.getString("title"),
                    row.getString("summary"), strings(row.getArray("country_codes")), row.getString("start_date"),
                    row.getString("end_date"), JSON.readTree(row.getString("details")), row.getString("ngo_name"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("details of record " + row.getString("id") + " are not JSON", e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /**
     * The value of a common column ({@code title}, {@code summary}, {@code countries}, {@code startDate},
     * {@code endDate}, {@code ngoName}) or else of a field of {@code details}: a string, a list of strings or null.
     */
    Object value(String source) {
        return switch (source) {
            case "title" -> title;
            case "summary" -> summary;
            case "countries" -> countries;
            case "startDate" -> startDate;
            case "endDate" -> endDate;
            case "ngoName" -> ngoName;
            default -> detail(source);
        };
    }

    private Object detail(String name) {
        JsonNode node = details.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return items.isEmpty() ? null : items;
        }
        return node.asText();
    }
}
