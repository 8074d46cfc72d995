package eu.art28.agreements.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ClauseCheck;

/**
 * What an amendment changes compared with the version in force, field by field, so legal reviews the change
 * rather than rereading the whole agreement. Each change names its field by the message key of its label.
 */
public final class AgreementDiff {

    public record Change(String field, String before, String after) {
    }

    private static final Map<String, Function<Agreement, Object>> FIELDS = fields();

    private AgreementDiff() {
    }

    private static Map<String, Function<Agreement, Object>> fields() {
        Map<String, Function<Agreement, Object>> fields = new java.util.LinkedHashMap<>();
        fields.put("agreement.signedOn", Agreement::getSignedOn);
        fields.put("agreement.effectiveFrom", Agreement::getEffectiveFrom);
        fields.put("agreement.expiresOn", Agreement::getExpiresOn);
        fields.put("agreement.tacitRenewal", Agreement::isTacitRenewal);
        fields.put("agreement.renewalTermMonths", Agreement::getRenewalTermMonths);
        fields.put("agreement.noticePeriodDays", Agreement::getNoticePeriodDays);
        fields.put("agreement.purposes", Agreement::getPurposes);
        fields.put("agreement.dataCategories", Agreement::getDataCategories);
        fields.put("agreement.dataSubjects", Agreement::getDataSubjects);
        fields.put("agreement.specialCategories", Agreement::isSpecialCategories);
        fields.put("agreement.countries", Agreement::getCountries);
        fields.put("agreement.safeguards", Agreement::getSafeguards);
        fields.put("agreement.subProcessing", Agreement::getSubProcessing);
        fields.put("agreement.subProcessingNoticeDays", Agreement::getSubProcessingNoticeDays);
        fields.put("agreement.objectionPeriodDays", Agreement::getObjectionPeriodDays);
        fields.put("agreement.breachNotificationHours", Agreement::getBreachNotificationHours);
        fields.put("agreement.standard", Agreement::getStandard);
        fields.put("agreement.governingLaw", Agreement::getGoverningLaw);
        return fields;
    }

    public static List<Change> between(Agreement inForce, Agreement amendment) {
        List<Change> changes = new ArrayList<>();
        FIELDS.forEach((field, value) -> {
            Object before = value.apply(inForce);
            Object after = value.apply(amendment);
            if (!Objects.equals(text(before), text(after))) {
                changes.add(new Change(field, text(before), text(after)));
            }
        });
        Map<Clause, ClauseCheck> old = inForce.checklistByClause();
        for (ClauseCheck now : amendment.getChecklist()) {
            String before = clause(old.get(now.getClause()));
            String after = clause(now);
            if (!before.equals(after)) {
                changes.add(new Change("Clause." + now.getClause().name(), before, after));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Collection<?> collection) {
            return String.join(", ", collection.stream().map(String::valueOf).sorted().toList());
        }
        return String.valueOf(value);
    }

    private static String clause(ClauseCheck check) {
        if (check == null) {
            return "";
        }
        String state = check.isPresent() ? "present" : check.getWaiverReason() != null ? "waived" : "missing";
        return state + (check.getReference() == null ? "" : " (" + check.getReference() + ")")
                + (check.getWaiverReason() == null ? "" : ": " + check.getWaiverReason());
    }
}
