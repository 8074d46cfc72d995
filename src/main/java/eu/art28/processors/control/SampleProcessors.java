package eu.art28.processors.control;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import eu.art28.platform.control.Samples;
import eu.art28.platform.control.SchemaReady;
import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.RiskTier;

/**
 * In demo mode an empty registry gets the processors the first customer's privacy statement names or
 * implies: the printing house of the customer mailing, the firm that maintains the server park, the host.
 */
@ApplicationScoped
public class SampleProcessors extends Samples {

    /** Before the sample agreements and engagements, which refer to these processors. */
    public static final int ORDER = 1000;

    /** The KvK numbers the other features' samples find these processors by. */
    public static final String PRINTER = "30123456";
    public static final String MAINTAINER = "27654321";
    public static final String HOST = "34111222";

    void onSchemaReady(@Observes @Priority(ORDER) SchemaReady ready) {
        if (!wanted(ready, () -> em.createNamedQuery(Processor.COUNT, Long.class).getSingleResult())) {
            return;
        }
        samples().forEach(em::persist);
    }

    /** A sample processor, in the caller's transaction; none when someone removed it. */
    public Optional<Processor> byKvk(String kvk) {
        return em.createNamedQuery(Processor.BY_KVK, Processor.class).setParameter("kvk", kvk)
                .getResultStream().findFirst();
    }

    static List<Processor> samples() {
        Processor printer = new Processor("Drukkerij De Letterzetter B.V.", "NL");
        printer.setKvkNumber(PRINTER);
        printer.setVatNumber("NL812345678B01");
        printer.setAddress("Drukkersweg 12, 3542 AB Utrecht");
        printer.setWebsite("https://www.letterzetter.example");
        printer.setServices(List.of("Printing names and addresses on envelopes for customer mailings"));
        printer.setContacts(List.of(new Contact("Marieke de Vries", "privacy@letterzetter.example",
                "+31 30 123 4567", "Privacy officer")));
        printer.setRiskTier(RiskTier.MEDIUM);

        Processor maintenance = new Processor("ServerPark Beheer B.V.", "NL");
        maintenance.setKvkNumber(MAINTAINER);
        maintenance.setVatNumber("NL859876543B01");
        maintenance.setAddress("Datacenterlaan 5, 2711 CD Zoetermeer");
        maintenance.setWebsite("https://www.serverparkbeheer.example");
        maintenance.setServices(List.of("Maintenance of the server park", "24/7 monitoring"));
        maintenance.setContacts(List.of(
                new Contact("Jeroen Bakker", "j.bakker@serverparkbeheer.example", "+31 79 765 4321",
                        "Account manager"),
                new Contact("Security desk", "security@serverparkbeheer.example", null, "Security contact")));
        maintenance.setRiskTier(RiskTier.HIGH);

        Processor host = new Processor("Noordzee Hosting B.V.", "NL");
        host.setKvkNumber(HOST);
        host.setWebsite("https://www.noordzeehosting.example");
        host.setServices(List.of("Hosting of customer servers", "Backups"));
        host.setRiskTier(RiskTier.HIGH);
        return List.of(printer, maintenance, host);
    }
}
