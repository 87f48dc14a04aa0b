package vn.ngoaivu.registry.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.FieldProblem;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Checks and normalises the values of a kind's own fields, from JSON or from a spreadsheet cell's text. */
public final class DetailValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_LIST = 50;

    private final CodeLists codes;

    DetailValues(CodeLists codes) {
        this.codes = codes;
    }

    /** A cell's text as the JSON value the field takes; list items are separated by semicolons. */
    public static JsonNode fromText(FieldSpec field, String text) {
        String value = text.strip();
        return switch (field.type()) {
            case INTEGER -> value.matches("-?\\d{1,9}") ? NODES.numberNode(Integer.parseInt(value)) : NODES.textNode(value);
            case AMOUNT -> parseAmount(value.replace(" ", "")).<JsonNode>map(NODES::numberNode).orElse(NODES.textNode(value));
            case TEXT_LIST, SECTORS -> {
                ArrayNode items = NODES.arrayNode();
                for (String item : value.split(";")) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
                yield items;
            }
            default -> NODES.textNode(value);
        };
    }

    /** The normalised value, or empty with a problem added at {@code pointer}. */
    Optional<JsonNode> normalise(FieldSpec field, JsonNode value, String pointer, List<FieldProblem> problems) {
        String label = " (" + field.labelVi() + " / " + field.labelEn() + ")";
        return switch (field.type()) {
            case TEXT -> text(value, 300, pointer, label, problems);
            case LONG_TEXT -> text(value, 4000, pointer, label, problems);
            case INTEGER -> value.canConvertToInt() && value.isIntegralNumber() && value.intValue() >= 0
                    ? Optional.of(NODES.numberNode(value.intValue()))
                    : fail(pointer, "type", "Phải là số nguyên không âm" + label + ".", "Must be a whole number, 0 or more" + label + ".", problems);
            case AMOUNT -> (value.isNumber() ? parseAmount(value.decimalValue().toPlainString()) : Optional.<BigDecimal>empty())
                    .<JsonNode>map(NODES::numberNode).map(Optional::of)
                    .orElseGet(() -> fail(pointer, "type", "Phải là số tiền không âm, tối đa 2 chữ số thập phân" + label + ".",
                            "Must be an amount, 0 or more, with at most 2 decimals" + label + ".", problems));
            case CURRENCY -> value.isTextual() && isCurrency(value.asText())
                    ? Optional.of(NODES.textNode(value.asText()))
                    : fail(pointer, "code", "Mã tiền tệ ISO 4217 (USD, EUR, VND)" + label + ".", "An ISO 4217 currency code (USD, EUR, VND)" + label + ".", problems);
            case DATE -> date(value).<JsonNode>map(d -> NODES.textNode(d.toString())).map(Optional::of)
                    .orElseGet(() -> fail(pointer, "format", "Ngày dạng YYYY-MM-DD" + label + ".", "A date as YYYY-MM-DD" + label + ".", problems));
            case CHOICE -> value.isTextual() && field.choices().contains(value.asText())
                    ? Optional.of(NODES.textNode(value.asText()))
                    : fail(pointer, "code", "Một trong: " + String.join(", ", field.choices()) + label + ".",
                            "One of: " + String.join(", ", field.choices()) + label + ".", problems);
            case RECORD_ID -> value.isTextual() && isUuid(value.asText())
                    ? Optional.of(NODES.textNode(value.asText().toLowerCase(java.util.Locale.ROOT)))
                    : fail(pointer, "format", "Mã hồ sơ (UUID)" + label + ".", "A record id (UUID)" + label + ".", problems);
            case TEXT_LIST -> list(value, pointer, label, problems, item -> item.length() <= 300);
            case SECTORS -> list(value, pointer, label, problems, item -> codes.isValid(Scheme.SECTOR, item));
        };
    }

    private Optional<JsonNode> list(JsonNode value, String pointer, String label, List<FieldProblem> problems,
                                    java.util.function.Predicate<String> valid) {
        if (!value.isArray() || value.size() > MAX_LIST) {
            return fail(pointer, "type", "Phải là danh sách tối đa " + MAX_LIST + " mục" + label + ".",
                    "Must be a list of at most " + MAX_LIST + " items" + label + ".", problems);
        }
        ArrayNode out = NODES.arrayNode();
        int before = problems.size();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String text = item.isTextual() ? Normalizer.normalize(item.asText().strip(), Normalizer.Form.NFC) : "";
            if (text.isEmpty() || !valid.test(text)) {
                problems.add(new FieldProblem(pointer + "/" + i, "value", "Giá trị không hợp lệ" + label + ".", "Invalid value" + label + "."));
            } else {
                out.add(text);
            }
        }
        return problems.size() == before ? Optional.of(out) : Optional.empty();
    }

    private static Optional<JsonNode> text(JsonNode value, int max, String pointer, String label, List<FieldProblem> problems) {
        String text = value.isTextual() ? Normalizer.normalize(value.asText().strip(), Normalizer.Form.NFC) : "";
        if (text.isEmpty() || text.length() > max) {
            return fail(pointer, "length", "Văn bản từ 1 đến " + max + " ký tự" + label + ".", "Text of 1 to " + max + " characters" + label + ".", problems);
        }
        return Optional.of(NODES.textNode(text));
    }

    private static Optional<BigDecimal> parseAmount(String text) {
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 15) {
                return Optional.empty();
            }
            BigDecimal plain = amount.stripTrailingZeros();
            return Optional.of(plain.scale() < 0 ? plain.setScale(0) : plain); // 1E+3 is written 1000

        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(JsonNode value) {
        try {
            return value.isTextual() ? Optional.of(LocalDate.parse(value.asText().strip())) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return code.length() == 3 && Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isUuid(String text) {
        try {
            return text.length() == 36 && UUID.fromString(text) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<JsonNode> fail(String pointer, String code, String vi, String en, List<FieldProblem> problems) {
        problems.add(new FieldProblem(pointer, code, vi, en));
        return Optional.empty();
    }
}
