package eu.art28.processors.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.processors.entity.RiskTier;

/**
 * A processor as the API shows and accepts it. On input, id, status, offboarding and timestamps are ignored:
 * they change only through their own actions; version must be the one last read.
 */
public record ProcessorJson(Long id, Long version, String name, String kvkNumber, String vatNumber, String country,
        String address, String website, List<String> services, List<ContactJson> contacts, RiskTier riskTier,
        ProcessorStatus status, LocalDate offboardedOn, String offboardingReason, String owner, Instant createdAt,
        Instant updatedAt) {

    public record ContactJson(String name, String email, String phone, String role) {
    }

    static ProcessorJson of(Processor p) {
        return new ProcessorJson(p.getId(), p.getVersion(), p.getName(), p.getKvkNumber(), p.getVatNumber(),
                p.getCountry(), p.getAddress(), p.getWebsite(), List.copyOf(p.getServices()),
                p.getContacts().stream()
                        .map(c -> new ContactJson(c.getName(), c.getEmail(), c.getPhone(), c.getRole())).toList(),
                p.getRiskTier(), p.getStatus(), p.getOffboardedOn(), p.getOffboardingReason(), p.getOwner(),
                p.getCreatedAt(), p.getUpdatedAt());
    }

    /** Copies what a client may edit; a field left out (null) is cleared, as PUT replaces the whole record. */
    Processor applyTo(Processor processor) {
        processor.setName(name);
        processor.setKvkNumber(kvkNumber);
        processor.setVatNumber(vatNumber);
        processor.setCountry(country);
        processor.setAddress(address);
        processor.setWebsite(website);
        processor.setServices(services);
        processor.setContacts(contacts == null ? List.of()
                : contacts.stream().map(c -> c == null ? new Contact()
                        : new Contact(c.name(), c.email(), c.phone(), c.role())).toList());
        processor.setRiskTier(riskTier == null ? RiskTier.MEDIUM : riskTier);
        processor.setOwner(owner);
        return processor;
    }

    public record Offboarding(Long version, LocalDate offboardedOn, String reason) {
    }
}
