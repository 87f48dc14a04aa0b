package vn.ngoaivu.ontology;

/**
 * The properties defined in {@code ngv.ttl}, with their OWL kind. A test keeps this list and the
 * Turtle source identical, so code can refer to properties without string literals.
 */
public enum NgvProperty implements NgvTerm {
    LATIN_NAME("latinName", Kind.DATATYPE),
    BIRTH_YEAR("birthYear", Kind.DATATYPE),
    HOMETOWN("hometown", Kind.DATATYPE),
    RESIDENCE_COUNTRY("residenceCountry", Kind.OBJECT),
    RESIDENCE_CITY("residenceCity", Kind.DATATYPE),
    POSITION_TITLE("positionTitle", Kind.DATATYPE),
    QUALIFICATION("qualification", Kind.OBJECT),
    DEGREE("degree", Kind.OBJECT),
    AWARDING_INSTITUTION("awardingInstitution", Kind.OBJECT),
    AWARD_YEAR("awardYear", Kind.DATATYPE),
    ACADEMIC_TITLE("academicTitle", Kind.OBJECT),
    HIGHEST_DEGREE("highestDegree", Kind.OBJECT),
    EXPERTISE_FIELD("expertiseField", Kind.OBJECT),
    EXPERTISE_KEYWORD("expertiseKeyword", Kind.DATATYPE),
    ORCID("orcid", Kind.OBJECT),
    OPEN_TO_COLLABORATION("openToCollaboration", Kind.DATATYPE),
    COLLABORATION_INTEREST("collaborationInterest", Kind.OBJECT),
    ENGAGEMENT("engagement", Kind.OBJECT),
    ENGAGEMENT_KIND("engagementKind", Kind.OBJECT),
    RELATED_RECORD("relatedRecord", Kind.OBJECT),
    VISIBILITY("visibility", Kind.OBJECT),
    DATA_SUBJECT("dataSubject", Kind.OBJECT),
    CONSENT_PURPOSE("consentPurpose", Kind.OBJECT),
    CONSENT_STATUS("consentStatus", Kind.OBJECT),
    CONSENT_TIME("consentTime", Kind.DATATYPE),
    CONSENT_METHOD("consentMethod", Kind.DATATYPE),
    CONSENT_TEXT_VERSION("consentTextVersion", Kind.DATATYPE),
    RECORDED_BY("recordedBy", Kind.OBJECT),
    COUNTRY("country", Kind.OBJECT),
    SECTOR("sector", Kind.OBJECT),
    RECORD_KIND("recordKind", Kind.OBJECT),
    STATUS("status", Kind.OBJECT),
    OWNING_UNIT("owningUnit", Kind.OBJECT),
    RELATED_DOCUMENT("relatedDocument", Kind.OBJECT),
    DECISION_DOCUMENT("decisionDocument", Kind.OBJECT),
    RELATED_DOSSIER("relatedDossier", Kind.OBJECT),
    ORGANISER("organiser", Kind.OBJECT),
    FOREIGN_PARTICIPANT_COUNT("foreignParticipantCount", Kind.DATATYPE),
    VENUE("venue", Kind.DATATYPE),
    PURPOSE("purpose", Kind.DATATYPE),
    DELEGATION_HEAD_NAME("delegationHeadName", Kind.DATATYPE),
    DELEGATION_HEAD_POSITION("delegationHeadPosition", Kind.DATATYPE),
    MEMBER_COUNT("memberCount", Kind.DATATYPE),
    PARTNER("partner", Kind.OBJECT),
    REGISTRATION_NUMBER("registrationNumber", Kind.DATATYPE),
    REGISTRATION_DATE("registrationDate", Kind.DATATYPE),
    REGISTRATION_VALID_UNTIL("registrationValidUntil", Kind.DATATYPE),
    SPONSOR("sponsor", Kind.OBJECT),
    LOCAL_COUNTERPART("localCounterpart", Kind.OBJECT),
    FUNDING_AMOUNT("fundingAmount", Kind.DATATYPE),
    FUNDING_CURRENCY("fundingCurrency", Kind.DATATYPE),
    IMPLEMENTATION_AREA("implementationArea", Kind.DATATYPE),
    PARTY("party", Kind.OBJECT),
    RELATION_TYPE("relationType", Kind.DATATYPE),
    CONSULAR_ACT_TYPE("consularActType", Kind.DATATYPE),
    DOCUMENT_COUNT("documentCount", Kind.DATATYPE),
    ISSUING_AGENCY_CODE("issuingAgencyCode", Kind.DATATYPE),
    ISSUING_AGENCY_NAME("issuingAgencyName", Kind.DATATYPE),
    SIGNER_NAME("signerName", Kind.DATATYPE),
    SIGNER_POSITION("signerPosition", Kind.DATATYPE),
    EXCHANGE_IDENTIFIER("exchangeIdentifier", Kind.DATATYPE),
    EXCHANGE_SYSTEM("exchangeSystem", Kind.DATATYPE),
    SHA256("sha256", Kind.DATATYPE),
    DOCUMENT_STATUS("documentStatus", Kind.OBJECT),
    SYMBOL_ABBREVIATION("symbolAbbreviation", Kind.DATATYPE),
    SIGNATURE_VERIFICATION("signatureVerification", Kind.OBJECT),
    CERTIFICATE_SERIAL_NUMBER("certificateSerialNumber", Kind.DATATYPE),
    CERTIFICATE_ISSUER("certificateIssuer", Kind.DATATYPE),
    SIGNING_TIME("signingTime", Kind.DATATYPE),
    VERIFICATION_OUTCOME("verificationOutcome", Kind.DATATYPE),
    DOSSIER_CODE("dossierCode", Kind.DATATYPE),
    PROCEDURE_CODE("procedureCode", Kind.DATATYPE),
    PROCEDURE_NAME("procedureName", Kind.DATATYPE),
    DUE_DATE("dueDate", Kind.DATATYPE),
    COMPLETED_AT("completedAt", Kind.DATATYPE),
    REF_YEAR("refYear", Kind.DATATYPE),
    OBSERVATION_COUNT("observationCount", Kind.DATATYPE);

    /** Whether the property links to resources (owl:ObjectProperty) or to literals (owl:DatatypeProperty). */
    public enum Kind { OBJECT, DATATYPE }

    private final String localName;
    private final Kind kind;

    NgvProperty(String localName, Kind kind) {
        this.localName = localName;
        this.kind = kind;
    }

    @Override
    public String localName() {
        return localName;
    }

    public Kind kind() {
        return kind;
    }
}
