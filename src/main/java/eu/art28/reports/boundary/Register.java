package eu.art28.reports.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.catalogue.boundary.Catalogue;
import eu.art28.catalogue.entity.CatalogueEntry;
import eu.art28.catalogue.entity.Kind;
import eu.art28.catalogue.entity.Purpose;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.Links;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.Scopes;
import eu.art28.evidence.control.EvidenceOnFile;
import eu.art28.reports.control.ProcessingRegister;
import eu.art28.transfers.boundary.TransferCountries;

/**
 * Reads what the Art. 30 register is made of, in bulk (one query per kind of record, whatever the size of the
 * registry), and has it assembled; for the page, the API and the files alike.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Register {

    @Inject
    Catalogue catalogue;

    @Inject
    Scopes scopes;

    @Inject
    Links links;

    @Inject
    EvidenceOnFile evidence;

    @Inject
    TransferCountries transferCountries;

    /** Art. 30(1)(a): the controller's name and contact details (ART28_CONTROLLER_NAME, _CONTACT). */
    @Inject
    @ConfigProperty(name = "art28.controller.name")
    Optional<String> controller;

    @Inject
    @ConfigProperty(name = "art28.controller.contact")
    Optional<String> controllerContact;

    public ProcessingRegister.Document on(LocalDate day, Locale locale) {
        List<Purpose> purposes = catalogue.list(Kind.PURPOSE, false).stream().map(Purpose.class::cast).toList();
        List<EngagementScope> engagements = scopes.engagements(null, null);
        Chain chain = links.all();
        Set<Long> processors = Stream.concat(engagements.stream().map(EngagementScope::processorId),
                chain.links().stream().map(l -> l.subprocessorId())).collect(Collectors.toSet());
        ProcessingRegister.Sources sources = new ProcessingRegister.Sources(purposes,
                names(Kind.DATA_CATEGORY, locale), names(Kind.DATA_SUBJECT, locale), engagements, chain,
                scopes.processorNames(engagements.stream().map(EngagementScope::processorId).distinct().toList()),
                scopes.agreementsByProcessor(null), evidence.byProcessor(processors.isEmpty() ? List.of() : null),
                transferCountries.rules());
        return ProcessingRegister.of(sources, controller.map(String::strip).orElse(null),
                controllerContact.map(String::strip).orElse(null), day, locale);
    }

    /** Retired entries too: an engagement may still use one. */
    private Map<String, String> names(Kind kind, Locale locale) {
        return catalogue.list(kind, true).stream()
                .collect(Collectors.toMap(CatalogueEntry::getCode, e -> e.name(locale), (a, b) -> a));
    }
}
