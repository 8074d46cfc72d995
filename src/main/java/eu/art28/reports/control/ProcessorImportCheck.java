package eu.art28.reports.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import eu.art28.agreements.entity.Agreement;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.RiskTier;

/**
 * Checks every line of the file with the rules of the processor form: the entity is built as the form and the API
 * build it and Bean Validation judges it, in the user's language. A line is a duplicate when its KvK number or its
 * name (any case) is registered already or an earlier line has it: the registry refuses the same KvK number twice,
 * and two processors of the same name confuse everyone who picks one from a list.
 */
public final class ProcessorImportCheck {

    /** A registered processor, as far as duplicates go. */
    public record Known(long id, String name) {
    }

    /** What the registry holds already: processors by KvK number and by lower-case name, agreement references. */
    public record Existing(Map<String, Known> byKvk, Map<String, Known> byName, Set<String> agreementReferences) {

        public static Existing none() {
            return new Existing(Map.of(), Map.of(), Set.of());
        }

        public static String nameKey(String name) {
            return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** A line that may be stored: the processor and, when the line has agreement columns, its draft agreement. */
    public record Candidate(int line, Processor processor, Agreement agreement) {
    }

    public record Result(ProcessorImportReport report, List<Candidate> candidates) {
    }

    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Validator validator;
    private final Locale locale;
    private final Existing existing;

    public ProcessorImportCheck(ValidatorFactory validators, Locale locale, Existing existing) {
        MessageInterpolator interpolator = validators.getMessageInterpolator();
        this.validator = validators.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return interpolator.interpolate(template, context, locale);
            }
        }).getValidator();
        this.locale = locale;
        this.existing = existing;
    }

    public Result check(ProcessorImportFile file, ProcessorImportProgress progress) {
        progress.start(ProcessorImportProgress.Phase.CHECKING, file.rows().size());
        List<ProcessorImportReport.LineError> errors = new ArrayList<>();
        List<ProcessorImportReport.Duplicate> duplicates = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> kvkInFile = new HashMap<>();
        Map<String, Integer> namesInFile = new HashMap<>();
        Set<String> referencesInFile = new HashSet<>();
        for (ProcessorImportFile.Row row : file.rows()) {
            List<ProcessorImportReport.LineError> lineErrors = new ArrayList<>();
            Processor processor = processor(row, lineErrors);
            Agreement agreement = agreement(row, processor, referencesInFile, lineErrors);
            if (row.extraCells() > 0) {
                lineErrors.add(error(row, "line", "import.line.extraCells", row.extraCells()));
            }
            List<ProcessorImportReport.Duplicate> lineDuplicates = duplicates(row, processor, kvkInFile, namesInFile);
            errors.addAll(lineErrors);
            duplicates.addAll(lineDuplicates);
            if (lineErrors.isEmpty() && lineDuplicates.isEmpty()) {
                candidates.add(new Candidate(row.line(), processor, agreement));
            }
            progress.step();
        }
        errors.sort(Comparator.comparingInt(ProcessorImportReport.LineError::line)
                .thenComparing(ProcessorImportReport.LineError::field));
        ProcessorImportReport report = new ProcessorImportReport(file.rows().size(), candidates.size(), 0, true,
                false, file.unknownColumns(), List.copyOf(errors), List.copyOf(duplicates), null);
        return new Result(report, candidates);
    }

    private Processor processor(ProcessorImportFile.Row row, List<ProcessorImportReport.LineError> errors) {
        Processor processor = new Processor();
        processor.setName(row.get(ProcessorImportColumn.NAME));
        processor.setKvkNumber(row.get(ProcessorImportColumn.KVK_NUMBER));
        processor.setVatNumber(row.get(ProcessorImportColumn.VAT_NUMBER));
        String country = row.get(ProcessorImportColumn.COUNTRY);
        Optional<String> code = ProcessorImportValues.country(country);
        processor.setCountry(code.orElse(country));
        processor.setAddress(row.get(ProcessorImportColumn.ADDRESS));
        processor.setWebsite(ProcessorImportValues.website(row.get(ProcessorImportColumn.WEBSITE)));
        String services = row.get(ProcessorImportColumn.SERVICES);
        processor.setServices(services == null ? List.of() : Arrays.asList(services.split("\\|")));
        RiskTier tier = riskTier(row, errors);
        if (tier != null) {
            processor.chooseRiskTier(tier);
        }
        String contactName = row.get(ProcessorImportColumn.CONTACT_NAME);
        String email = row.get(ProcessorImportColumn.CONTACT_EMAIL);
        String phone = row.get(ProcessorImportColumn.CONTACT_PHONE);
        String role = row.get(ProcessorImportColumn.CONTACT_ROLE);
        if (contactName != null || email != null || phone != null || role != null) {
            processor.setContacts(List.of(new Contact(contactName, email, phone, role)));
        }
        boolean unknownCountry = country != null && code.isEmpty();
        if (unknownCountry) {
            errors.add(error(row, ProcessorImportColumn.COUNTRY.field(), "import.country.unknown", country));
        }
        for (ConstraintViolation<Processor> violation : validator.validate(processor)) {
            String field = processorField(violation.getPropertyPath());
            if (!(unknownCountry && field.equals(ProcessorImportColumn.COUNTRY.field()))) {
                errors.add(new ProcessorImportReport.LineError(row.line(), field, violation.getMessage()));
            }
        }
        return processor;
    }

    /** The tier the line gives, a person's (an override); null when it gives none: the computed tier is in force. */
    private RiskTier riskTier(ProcessorImportFile.Row row, List<ProcessorImportReport.LineError> errors) {
        String value = row.get(ProcessorImportColumn.RISK_TIER);
        if (value == null) {
            return null;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "low", "laag" -> {
                return RiskTier.LOW;
            }
            case "medium", "middel", "gemiddeld" -> {
                return RiskTier.MEDIUM;
            }
            case "high", "hoog" -> {
                return RiskTier.HIGH;
            }
            default -> {
                errors.add(error(row, ProcessorImportColumn.RISK_TIER.field(), "import.riskTier.invalid", value));
                return null;
            }
        }
    }

    private Agreement agreement(ProcessorImportFile.Row row, Processor processor, Set<String> referencesInFile,
            List<ProcessorImportReport.LineError> errors) {
        boolean any = Arrays.stream(ProcessorImportColumn.values())
                .anyMatch(c -> c.agreement() && row.get(c) != null);
        if (!any) {
            return null;
        }
        String reference = row.get(ProcessorImportColumn.AGREEMENT_REFERENCE);
        Agreement agreement = new Agreement(processor, reference);
        agreement.setSignedOn(date(row, ProcessorImportColumn.AGREEMENT_SIGNED_ON, errors));
        agreement.setEffectiveFrom(date(row, ProcessorImportColumn.AGREEMENT_EFFECTIVE_FROM, errors));
        agreement.setExpiresOn(date(row, ProcessorImportColumn.AGREEMENT_EXPIRES_ON, errors));
        for (ConstraintViolation<Agreement> violation : validator.validate(agreement)) {
            String field = violation.getPropertyPath().iterator().next().getName();
            if (!"processor".equals(field)) {
                errors.add(new ProcessorImportReport.LineError(row.line(), agreementField(field),
                        violation.getMessage()));
            }
        }
        for (InvalidInput.Violation violation : agreement.dateViolations()) {
            errors.add(error(row, agreementField(violation.field()), violation.messageKey(), violation.arguments()));
        }
        if (agreement.getReference() != null) {
            if (existing.agreementReferences().contains(agreement.getReference())
                    || !referencesInFile.add(agreement.getReference())) {
                errors.add(error(row, ProcessorImportColumn.AGREEMENT_REFERENCE.field(),
                        "import.agreement.referenceTaken", agreement.getReference()));
            }
        }
        return agreement;
    }

    /** ISO dates as the API takes them, and the day-month-year a Dutch spreadsheet shows. */
    private LocalDate date(ProcessorImportFile.Row row, ProcessorImportColumn column,
            List<ProcessorImportReport.LineError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(value, DUTCH_DATE);
            } catch (DateTimeParseException notDutch) {
                errors.add(error(row, column.field(), "import.date.invalid", value));
                return null;
            }
        }
    }

    private List<ProcessorImportReport.Duplicate> duplicates(ProcessorImportFile.Row row, Processor processor,
            Map<String, Integer> kvkInFile, Map<String, Integer> namesInFile) {
        List<ProcessorImportReport.Duplicate> found = new ArrayList<>();
        String kvk = processor.getKvkNumber();
        if (kvk != null) {
            duplicate(row, ProcessorImportColumn.KVK_NUMBER.field(), kvk, existing.byKvk().get(kvk),
                    kvkInFile.putIfAbsent(kvk, row.line()), found);
        }
        String name = Existing.nameKey(processor.getName());
        if (name != null) {
            duplicate(row, ProcessorImportColumn.NAME.field(), processor.getName(), existing.byName().get(name),
                    namesInFile.putIfAbsent(name, row.line()), found);
        }
        return found;
    }

    private void duplicate(ProcessorImportFile.Row row, String field, String value, Known known, Integer earlierLine,
            List<ProcessorImportReport.Duplicate> found) {
        if (known != null) {
            found.add(new ProcessorImportReport.Duplicate(row.line(), field, value, known.id(), known.name(), null,
                    Messages.text(locale, "import.duplicate.existing", known.name(), String.valueOf(known.id()))));
        } else if (earlierLine != null) {
            found.add(new ProcessorImportReport.Duplicate(row.line(), field, value, null, null, earlierLine,
                    Messages.text(locale, "import.duplicate.earlierLine", String.valueOf(earlierLine))));
        }
    }

    private ProcessorImportReport.LineError error(ProcessorImportFile.Row row, String field, String key,
            Object... arguments) {
        return new ProcessorImportReport.LineError(row.line(), field, Messages.text(locale, key, arguments));
    }

    /** The column a violation of the processor belongs to: {@code contacts[0].email} is contactEmail. */
    static String processorField(Path path) {
        List<String> names = new ArrayList<>();
        path.forEach(node -> {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                names.add(node.getName());
            }
        });
        if (names.isEmpty()) {
            return "line";
        }
        if (names.get(0).equals("contacts")) {
            if (names.size() < 2) {
                return ProcessorImportColumn.CONTACT_NAME.field();
            }
            String part = names.get(1);
            return "contact" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        return names.get(0);
    }

    private static String agreementField(String field) {
        return "agreement" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
