package eu.art28.reports.boundary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import eu.art28.transfers.control.TransferRules;

/**
 * Reads what the Art. 30 register is made of, in bulk (one query per kind of record and root of the purposes,
 * whatever the size of the registry), and has it assembled; for the page, the API and the files alike.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Register {

    private static final int CHUNK = 1000;

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

    /** The whole register at once: for the page, and for tests; the API and the files use {@link #activities}. */
    @PermitAll
    public ProcessingRegister.Document on(LocalDate day, Locale locale) {
        return new ProcessingRegister.Document(controller(), contact(), day, activities(day, locale).toList());
    }

    /** The register without its activities: who the controller is, and the day. */
    @PermitAll
    public ProcessingRegister.Document heading(LocalDate day) {
        return new ProcessingRegister.Document(controller(), contact(), day, List.of());
    }

    /**
     * The activities in the register's order, made as they are consumed, one run of purposes under one root at a
     * time from that run's engagements and what their processors have on file: a few statements per run (one root
     * of the catalogue), and never the whole registry in memory. The chain and the catalogue are read first.
     */
    @PermitAll
    public Stream<ProcessingRegister.Activity> activities(LocalDate day, Locale locale) {
        Map<String, String> categories = names(Kind.DATA_CATEGORY, locale);
        Map<String, String> subjects = names(Kind.DATA_SUBJECT, locale);
        Chain chain = links.all();
        TransferRules rules = transferCountries.rules();
        List<Purpose> purposes = catalogue.list(Kind.PURPOSE, false).stream().map(Purpose.class::cast).toList();
        return ProcessingRegister.runsByRoot(purposes).stream().flatMap(run -> {
            List<EngagementScope> engagements = scopes.engagementsUnder(ProcessingRegister.root(run.get(0).getCode()));
            Set<Long> engaged = engagements.stream().map(EngagementScope::processorId).collect(Collectors.toSet());
            // an engaged processor's agreements say what makes a transfer lawful: only those that transfer are read
            Set<Long> transferring = engagements.stream()
                    .filter(e -> e.countries().stream().anyMatch(country -> !rules.inEea(country)))
                    .map(EngagementScope::processorId).collect(Collectors.toSet());
            Set<Long> recipients = new HashSet<>(engaged);
            chain.links().forEach(link -> recipients.add(link.subprocessorId()));
            ProcessingRegister.Sources sources = new ProcessingRegister.Sources(run, categories, subjects,
                    engagements, chain, inChunks(engaged, scopes::processorNames),
                    inChunks(transferring, scopes::agreementsByProcessor),
                    inChunks(engaged.isEmpty() ? Set.of() : recipients, evidence::byProcessor), rules);
            return ProcessingRegister.activities(sources, day, locale);
        });
    }

    /** Read a thousand ids at a time: a statement's parameters stay few, whatever the size of the registry. */
    private static <V> Map<Long, V> inChunks(Collection<Long> ids, Function<List<Long>, Map<Long, V>> read) {
        Map<Long, V> all = new HashMap<>();
        List<Long> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += CHUNK) {
            all.putAll(read.apply(list.subList(from, Math.min(list.size(), from + CHUNK))));
        }
        return all;
    }

    private String controller() {
        return controller.map(String::strip).orElse(null);
    }

    private String contact() {
        return controllerContact.map(String::strip).orElse(null);
    }

    /** Retired entries too: an engagement may still use one. */
    private Map<String, String> names(Kind kind, Locale locale) {
        return catalogue.list(kind, true).stream()
                .collect(Collectors.toMap(CatalogueEntry::getCode, e -> e.name(locale), (a, b) -> a));
    }
}
