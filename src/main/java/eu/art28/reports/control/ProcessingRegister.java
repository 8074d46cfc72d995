package eu.art28.reports.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.catalogue.entity.Purpose;
import eu.art28.chain.control.Chain;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.Recipients;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.platform.control.Messages;
import eu.art28.transfers.control.Transfer;
import eu.art28.transfers.control.TransferRules;

/**
 * The record of processing activities of Art. 30(1) GDPR, made from what is registered rather than kept by hand:
 * one activity per purpose of the catalogue, with the data of the engagements that serve it on the day, the
 * processors and (down the chain) sub-processors that receive it, the transfers outside the EEA with what makes
 * them lawful, the retention, and the security evidence the recipients have on file. Plain Java over the read
 * models the coverage engine uses, so it is tested without a container and costs a handful of queries however
 * large the registry.
 */
public final class ProcessingRegister {

    /** The register as one document, in one language, as it stood on one day. */
    public record Document(String controller, String controllerContact, LocalDate day, List<Activity> activities) {
    }

    /** One purpose's entry: Art. 30(1)(b) to (g), each already in words. */
    public record Activity(String code, int depth, String purpose, String description, String legalBasis,
            String retention, List<String> dataSubjects, List<String> dataCategories, List<Recipient> recipients,
            List<TransferLine> transfers, List<String> securityMeasures) {

        public boolean hasRecipients() {
            return !recipients.isEmpty();
        }
    }

    /** A processor that receives the purpose's data, the way it gets there, and where it processes it. */
    public record Recipient(int depth, String name, String path, String role, List<String> countries,
            List<String> engagements) {
    }

    /** Processing outside the EEA and what makes it lawful, or that nothing does. */
    public record TransferLine(String recipient, String country, String ground, boolean lawful) {
    }

    /** Everything the register is made of, read in bulk by the caller. */
    public record Sources(List<Purpose> purposes, Map<String, String> dataCategoryNames,
            Map<String, String> dataSubjectNames, List<EngagementScope> engagements, Chain chain,
            Map<Long, String> processorNames, Map<Long, List<AgreementScope>> agreements,
            Map<Long, List<EvidenceScope>> evidence, TransferRules transfers) {
    }

    private final Locale locale;
    private final LocalDate day;

    private ProcessingRegister(Locale locale, LocalDate day) {
        this.locale = locale;
        this.day = day;
    }

    public static Document of(Sources sources, String controller, String controllerContact, LocalDate day,
            Locale locale) {
        return new Document(controller, controllerContact, day, activities(sources, day, locale).toList());
    }

    /** The activities of the purposes of the sources, in the register's order (by code), each made when consumed. */
    public static Stream<Activity> activities(Sources sources, LocalDate day, Locale locale) {
        ProcessingRegister register = new ProcessingRegister(locale, day);
        return sources.purposes().stream()
                .sorted(Comparator.comparing(Purpose::getCode))
                .map(purpose -> register.activity(purpose, sources));
    }

    /**
     * The purposes in the register's order, in runs that share the first segment of their code: a purpose's
     * activity depends only on the engagements with a purpose of that root (a purpose covers what lies beneath it,
     * both ways, and nothing beside it), so the register is made one run at a time, each from its own engagements,
     * and the whole registry is never held at once.
     */
    public static List<List<Purpose>> runsByRoot(Collection<Purpose> purposes) {
        List<List<Purpose>> runs = new ArrayList<>();
        String root = null;
        for (Purpose purpose : purposes.stream().sorted(Comparator.comparing(Purpose::getCode)).toList()) {
            if (!root(purpose.getCode()).equals(root)) {
                root = root(purpose.getCode());
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(purpose);
        }
        return runs;
    }

    /** The first segment of a code: {@code e} for {@code e.mailing}. */
    public static String root(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    private Activity activity(Purpose purpose, Sources sources) {
        List<Recipients.Use> uses = Recipients.uses(sources.engagements(), purpose.getCode(), null, day);
        List<Recipients.Recipient> recipients = uses.isEmpty() ? List.of()
                : Recipients.recipients(uses, sources.chain(), sources.processorNames(), day);
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        for (Recipients.Use use : uses) {
            use.engagement().dataSubjects().forEach(code -> subjects.add(named(code, sources.dataSubjectNames())));
            use.dataCategories().forEach(code -> categories.add(named(code, sources.dataCategoryNames())));
        }
        return new Activity(purpose.getCode(), purpose.getCode().split("\\.").length - 1, purpose.name(locale),
                orEmpty(purpose.description(locale)),
                Messages.text(locale, "catalogue.legalBasis." + purpose.getLegalBasis()),
                Messages.period(locale, purpose.retentionPeriod()), sorted(subjects), sorted(categories),
                recipients.stream().map(this::recipient).toList(), transfers(recipients, sources),
                securityMeasures(recipients, sources.evidence()));
    }

    private Recipient recipient(Recipients.Recipient r) {
        String role = r.depth() == 0 ? Messages.text(locale, "register.recipient.processor")
                : Messages.text(locale, "register.recipient.subprocessor",
                        Messages.text(locale, "LinkStatus." + r.status()));
        return new Recipient(r.depth(), r.processorName(), r.path(), role, r.countries(), r.engagements());
    }

    /**
     * Each country outside the EEA a recipient processes in: the adequacy decision, the safeguard recorded (in
     * the agreement in force for a processor we engage, on the link for a sub-processor), or none.
     */
    private List<TransferLine> transfers(List<Recipients.Recipient> recipients, Sources sources) {
        List<TransferLine> lines = new ArrayList<>();
        for (Recipients.Recipient r : recipients) {
            for (String country : r.countries()) {
                if (sources.transfers().inEea(country)) {
                    continue;
                }
                TransferSafeguard safeguard = r.depth() == 0
                        ? agreedSafeguard(sources.agreements().getOrDefault(r.processorId(), List.of()), country)
                        : r.safeguards().get(country);
                Transfer transfer = sources.transfers().judge(country, day, safeguard);
                String ground = switch (transfer) {
                    case ADEQUATE -> Messages.text(locale, "register.transfer.adequate");
                    case SAFEGUARDED -> Messages.text(locale, "TransferSafeguard." + safeguard);
                    case UNSAFE -> Messages.text(locale, "register.transfer.none");
                    case INSIDE_EEA -> throw new IllegalStateException(country + " is inside the EEA");
                };
                lines.add(new TransferLine(r.path(), countryName(country), ground, transfer.lawful()));
            }
        }
        return lines;
    }

    private TransferSafeguard agreedSafeguard(Collection<AgreementScope> agreements, String country) {
        return agreements.stream()
                .filter(a -> a.term().inForceOn(day) && a.countries().contains(country))
                .map(a -> a.safeguards().get(country))
                .filter(s -> s != null)
                .findFirst().orElse(null);
    }

    /** What each recipient has demonstrated (Art. 30(1)(g) asks for a general description), or that it has not. */
    private List<String> securityMeasures(List<Recipients.Recipient> recipients,
            Map<Long, List<EvidenceScope>> evidence) {
        Map<String, String> byRecipient = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Recipients.Recipient r : recipients) {
            List<String> valid = evidence.getOrDefault(r.processorId(), List.of()).stream()
                    .filter(e -> e.validOn(day))
                    .map(e -> Messages.word(locale, e.type())
                            + (e.validUntil() == null ? ""
                                    : " (" + Messages.text(locale, "register.validUntil",
                                            Messages.date(locale, e.validUntil())) + ")"))
                    .distinct()
                    .toList();
            byRecipient.put(r.processorName(), r.processorName() + ": " + (valid.isEmpty()
                    ? Messages.text(locale, "register.security.none") : String.join("; ", valid)));
        }
        return List.copyOf(byRecipient.values());
    }

    private String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private static String named(String code, Map<String, String> names) {
        return names.getOrDefault(code, code);
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
