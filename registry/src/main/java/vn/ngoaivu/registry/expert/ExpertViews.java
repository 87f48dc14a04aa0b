package vn.ngoaivu.registry.expert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * What each audience may see of a profile. Staff see everything. Beyond the department, a field shows
 * only when an officer raised its visibility to the audience's level AND the expert's current consent for
 * that audience's purpose is given: partners need "partner-sharing", the public "public-directory".
 * Withdrawing consent therefore hides the fields at the next read.
 */
public final class ExpertViews {

    public enum Audience {
        PARTNERS(Visibility.PARTNERS, ConsentPurpose.PARTNER_SHARING),
        PUBLIC(Visibility.PUBLIC, ConsentPurpose.PUBLIC_DIRECTORY);

        private final Visibility level;
        private final ConsentPurpose purpose;

        Audience(Visibility level, ConsentPurpose purpose) {
            this.level = level;
            this.purpose = purpose;
        }

        public ConsentPurpose purpose() {
            return purpose;
        }
    }

    private ExpertViews() {
    }

    /** The whole record, for officers, leaders and administrators. */
    public static ObjectNode internal(Expert expert) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", expert.id().toString());
        node.put("version", expert.version());
        node.put("owningUnit", expert.owningUnit());
        node.put("status", expert.status());
        node.put("deleted", expert.deleted());
        expert.deletedAt().ifPresent(at -> node.put("deletedAt", at.toString()));
        node.put("createdAt", expert.createdAt().toString());
        node.put("createdBy", expert.createdBy());
        node.put("updatedAt", expert.updatedAt().toString());
        node.put("updatedBy", expert.updatedBy());
        node.set("profile", ExpertJson.tree(expert.profile()));
        return node;
    }

    /** The fields an audience may see; only the id when nothing is shared. */
    public static ObjectNode shared(Expert expert, Map<ConsentPurpose, Consent> consents, Audience audience) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", expert.id().toString());
        ObjectNode profile = node.putObject("profile");
        Consent consent = consents.get(audience.purpose);
        if (consent == null || !consent.given() || expert.deleted()) {
            return node;
        }
        JsonNode all = ExpertJson.tree(expert.profile());
        for (Map.Entry<String, Visibility> entry : expert.profile().visibility().entrySet()) {
            boolean visible = entry.getValue().ordinal() >= audience.level.ordinal()
                    && ExpertValidator.SHAREABLE_FIELDS.contains(entry.getKey());
            if (visible && all.has(entry.getKey())) {
                profile.set(entry.getKey(), all.get(entry.getKey()));
            }
        }
        return node;
    }
}
