package eu.art28.coverage.control;

import java.util.Map;
import java.util.Set;

import eu.art28.agreements.entity.SubProcessing;
import eu.art28.agreements.entity.Term;
import eu.art28.transfers.entity.TransferSafeguard;

/**
 * What the engine needs of one agreement version: its term, its scope, its sub-processing terms and whether it
 * binds the processor's people to confidentiality (clause 28(3)(b) present).
 */
public record AgreementScope(long id, String label, Term term, Set<String> purposes, Set<String> dataCategories,
        Set<String> dataSubjects, boolean specialCategories, Set<String> countries,
        Map<String, TransferSafeguard> safeguards, SubProcessing subProcessing, boolean confidentialityClause) {

    public AgreementScope {
        purposes = Set.copyOf(purposes);
        dataCategories = Set.copyOf(dataCategories);
        dataSubjects = Set.copyOf(dataSubjects);
        countries = Set.copyOf(countries);
        safeguards = Map.copyOf(safeguards);
    }

    boolean scopeEmpty() {
        return purposes.isEmpty() || dataCategories.isEmpty() || dataSubjects.isEmpty() || countries.isEmpty();
    }
}
