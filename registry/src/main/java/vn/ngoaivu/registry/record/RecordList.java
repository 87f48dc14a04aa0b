package vn.ngoaivu.registry.record;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import vn.ngoaivu.registry.ListCursor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the record list: filters and keyset pagination, newest change first. */
final class RecordList {

    private RecordList() {
    }

    static RecordPage page(Session session, RecordQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM fa_record r WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!q.includeDeleted()) {
            sql.append(" AND r.deleted_at IS NULL");
        }
        q.kind().ifPresent(v -> condition(sql, params, "r.kind = :kind", "kind", v.code()));
        q.unit().ifPresent(v -> condition(sql, params, "r.owning_unit = :unit", "unit", v));
        q.status().ifPresent(v -> condition(sql, params, "r.status = :status", "status", v));
        q.country().ifPresent(v -> condition(sql, params, ":country = ANY (r.country_codes)", "country", v));
        q.after().ifPresent(cursor -> {
            ListCursor c = ListCursor.decode(cursor);
            sql.append(" AND (r.updated_at, r.id) < (:afterTime, :afterId)");
            params.put("afterTime", c.updatedAt());
            params.put("afterId", c.id());
        });
        sql.append(" ORDER BY r.updated_at DESC, r.id DESC LIMIT ").append(q.limit() + 1);
        NativeQuery<RecordEntity> query = session.createNativeQuery(sql.toString(), RecordEntity.class);
        params.forEach(query::setParameter);
        List<RecordEntity> rows = query.getResultList();
        List<ForeignAffairsRecord> items = rows.stream().limit(q.limit()).map(RecordMapping::record).toList();
        Optional<String> next = rows.size() > q.limit()
                ? Optional.of(new ListCursor(items.getLast().updatedAt(), items.getLast().id()).encode())
                : Optional.empty();
        return new RecordPage(items, next);
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name, Object value) {
        sql.append(" AND ").append(clause);
        params.put(name, value);
    }
}
