package vn.ngoaivu.registry.record;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/** Maps foreign-affairs records to the {@code record} index, in code. */
public final class RecordSearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String INDEX = "record";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep record = context.programmaticMapping().type(RecordEntity.class);
        record.indexed().index(INDEX).routingBinder(new RecordIndexBinder.LiveOnly());
        record.binder(new RecordIndexBinder());
    }
}
