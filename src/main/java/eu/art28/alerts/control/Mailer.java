package eu.art28.alerts.control;

import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one plain-text mail through the SMTP server configured by {@code ART28_SMTP_*}. Without a host, mail is
 * off: nothing is queued for it.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "art28.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "art28.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "art28.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "art28.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "art28.smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "art28.smtp.from", defaultValue = "art28@localhost")
    String from;

    private volatile Session session;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message);
    }

    private Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host.orElseThrow());
            properties.put("mail.smtp.port", String.valueOf(port));
            properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "10000");
            properties.put("mail.smtp.writetimeout", "10000");
            boolean login = user.filter(u -> !u.isBlank()).isPresent();
            properties.put("mail.smtp.auth", String.valueOf(login));
            session = Session.getInstance(properties, login ? new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            } : null);
        }
        return session;
    }
}
