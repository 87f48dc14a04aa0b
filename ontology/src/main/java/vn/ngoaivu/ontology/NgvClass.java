package vn.ngoaivu.ontology;

/**
 * The classes defined in {@code ngv.ttl}. A test keeps this list and the Turtle source identical,
 * so code can refer to classes without string literals.
 */
public enum NgvClass implements NgvTerm {
    EXPERT("Expert"),
    AFFILIATION("Affiliation"),
    QUALIFICATION("Qualification"),
    ENGAGEMENT("Engagement"),
    CONSENT("Consent"),
    FOREIGN_PARTNER("ForeignPartner"),
    UNIVERSITY("University"),
    FOREIGN_AFFAIRS_RECORD("ForeignAffairsRecord"),
    CONFERENCE_PERMIT("ConferencePermit"),
    DELEGATION("Delegation"),
    OUTBOUND_DELEGATION("OutboundDelegation"),
    INBOUND_DELEGATION("InboundDelegation"),
    FOREIGN_NGO("ForeignNGO"),
    NGO_PROJECT("NGOProject"),
    INTERNATIONAL_AGREEMENT("InternationalAgreement"),
    CONSULAR_LEGALIZATION_CASE("ConsularLegalizationCase"),
    SISTER_PROVINCE_RELATION("SisterProvinceRelation"),
    DOCUMENT_REFERENCE("DocumentReference"),
    SIGNATURE_VERIFICATION("SignatureVerification"),
    DOSSIER_REFERENCE("DossierReference"),
    STATISTICAL_OBSERVATION("StatisticalObservation");

    private final String localName;

    NgvClass(String localName) {
        this.localName = localName;
    }

    @Override
    public String localName() {
        return localName;
    }
}
