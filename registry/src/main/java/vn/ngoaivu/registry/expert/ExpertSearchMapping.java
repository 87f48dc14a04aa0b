package vn.ngoaivu.registry.expert;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import vn.ngoaivu.ontology.CodeLists;

/** Maps the registry's entities to the search index, in code: the {@code expert} index. */
public final class ExpertSearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String INDEX = "expert";

    private final CodeLists codes;

    public ExpertSearchMapping(CodeLists codes) {
        this.codes = codes;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep expert = context.programmaticMapping().type(ExpertEntity.class);
        expert.indexed().index(INDEX).routingBinder(new ExpertIndexBinder.LiveOnly());
        expert.binder(new ExpertIndexBinder(codes));
    }
}
