package vn.ngoaivu.registry.expert;

import vn.ngoaivu.registry.ListCursor;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the expert list: filters, the consent condition, keyset pagination. */
final class ExpertList {

    private ExpertList() {
    }

    static ExpertPage page(Session session, ExpertQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM expert e WHERE e.erased_at IS NULL");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!q.includeDeleted()) {
            sql.append(" AND e.deleted_at IS NULL");
        }
        q.countryCode().ifPresent(v -> condition(sql, params, "e.country_code = :country", "country", v));
        q.owningUnit().ifPresent(v -> condition(sql, params, "e.owning_unit = :unit", "unit", v));
        q.status().ifPresent(v -> condition(sql, params, "e.status = :status", "status", v));
        q.field().ifPresent(v -> condition(sql, params,
                "EXISTS (SELECT 1 FROM unnest(e.fields) f WHERE f = :field OR f LIKE :fieldArea)", "field", v));
        q.field().ifPresent(v -> params.put("fieldArea", v + ".%"));
        q.text().ifPresent(v -> condition(sql, params,
                "(e.name_folded LIKE :text OR lower(coalesce(e.latin_name, '')) LIKE :text)",
                "text", "%" + fold(v) + "%"));
        q.consentGiven().ifPresent(purpose -> condition(sql, params,
                "(SELECT c.given FROM expert_consent c WHERE c.expert_id = e.id AND c.purpose = :purpose"
                        + " ORDER BY c.id DESC LIMIT 1) IS TRUE", "purpose", purpose.code()));
        q.after().ifPresent(cursor -> {
            ListCursor c = ListCursor.decode(cursor);
            sql.append(" AND (e.updated_at, e.id) < (:afterTime, :afterId)");
            params.put("afterTime", c.updatedAt());
            params.put("afterId", c.id());
        });
        sql.append(" ORDER BY e.updated_at DESC, e.id DESC LIMIT ").append(q.limit() + 1);
        NativeQuery<ExpertEntity> query = session.createNativeQuery(sql.toString(), ExpertEntity.class);
        params.forEach(query::setParameter);
        List<ExpertEntity> rows = query.getResultList();
        List<Expert> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), q.limit()); i++) {
            items.add(ExpertMapping.expert(rows.get(i)));
        }
        Optional<String> next = rows.size() > q.limit()
                ? Optional.of(new ListCursor(items.get(items.size() - 1).updatedAt(), items.get(items.size() - 1).id()).encode())
                : Optional.empty();
        return new ExpertPage(items, next);
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name, Object value) {
        sql.append(" AND ").append(clause);
        params.put(name, value);
    }

    /** The folded text as a LIKE pattern: wildcards in it are literal. */
    static String fold(String text) {
        return Names.fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
