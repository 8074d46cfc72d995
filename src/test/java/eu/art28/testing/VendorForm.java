package eu.art28.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The vendor's side over HTTP, as a browser does it: the personal links mailed to an address, and the answer form of
 * vendor/request.xhtml posted with the page's view state and PrimeFaces' nonce. For the request tests and for the
 * hostile walk, which needs a submitted answer to accept or return.
 */
public final class VendorForm {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    public static final Pattern LINK = Pattern.compile("/vendor/link/([A-Za-z0-9_-]{43})");
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern FORM_ACTION = Pattern.compile("<form id=\"answer\"[^>]*action=\"([^\"]+)\"");
    static final Pattern FILE_INPUT = Pattern.compile("<input[^>]*type=\"file\"[^>]*>");
    static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce of the page, which its script sends back with every form. */
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private VendorForm() {
    }

    /** A browser of one person: it keeps its cookies and does not follow redirects by itself. */
    public static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static HttpResponse<String> send(HttpClient browser, HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(Api api, HttpClient browser, String path) {
        return send(browser, HttpRequest.newBuilder(api.base().resolve(path)).header("Accept-Language", "nl").GET()
                .build());
    }

    /**
     * Annex III (version 1, written at the first start) saved again as the current version: other tests save
     * questionnaires of their own (the hostile walk among them), and a request carries the version current when sent.
     */
    public static void annexIIIIsCurrent(Api api) {
        JsonObject annex = api.get("api/questionnaires/1", "auditor").json().getJsonObject("questionnaire");
        Api.Reply saved = api.post("api/questionnaires", "admin", annex.toString());
        if (saved.status() != 201) {
            throw new AssertionError(saved.toString());
        }
    }

    /**
     * Every question of the current questionnaire answered as the form posts it (yes, except no to the penetration
     * test, the first choice, a day, a text), and for the certificate question an ISO 27001 certificate's facts.
     */
    public static Map<String, String> allAnswers(Api api) {
        LocalDate today = LocalDate.now();
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonObject section : api.get("api/questionnaires/current", "auditor").json().getJsonObject(
                "questionnaire").getJsonArray("sections").getValuesAs(JsonObject.class)) {
            for (JsonObject q : section.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                String id = "q-" + q.getString("code");
                switch (q.getString("kind")) {
                    case "YES_NO" -> fields.put(id, q.getString("code").equals("pentest") ? "NO" : "YES");
                    case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> fields.put(id, q.getJsonArray("choices")
                            .getJsonObject(0).getString("code"));
                    case "DATE" -> fields.put(id + "_input", today.minusMonths(3).toString());
                    case "TEXT" -> fields.put(id, "None outside the EEA.");
                    default -> {
                        fields.put(id + "-type_input", "ISO_27001");
                        fields.put(id + "-issuer", "DNV");
                        fields.put(id + "-issuedOn_input", today.minusDays(30).toString());
                        fields.put(id + "-validUntil_input", today.plusYears(3).minusDays(31).toString());
                    }
                }
            }
        }
        return fields;
    }

    /** The links mailed to the address, waiting until {@code expected} arrived. */
    public static List<String> linksMailedTo(String email, int expected) {
        GreenMail smtp = MailServer.get();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<String> links;
        do {
            smtp.waitForIncomingEmail(1_000, Integer.MAX_VALUE);
            links = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email))
                    .map(VendorForm::link).filter(link -> LINK.matcher("/vendor/link/" + link).matches()).toList();
        } while (links.size() < expected && System.nanoTime() < deadline);
        return links;
    }

    public static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String link(MimeMessage message) {
        try {
            Matcher link = LINK.matcher((String) message.getContent());
            return link.find() ? link.group(1) : "no link in: " + message.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the link in a browser of its own and submits a complete ISO 27001 certificate. */
    public static void submitCertificate(Api api, String secret) {
        HttpClient browser = browser();
        HttpResponse<String> opened = get(api, browser, "vendor/link/" + secret);
        HttpResponse<String> sent = post(api, browser, "submit", "ISO_27001", "DNV", LocalDate.now().minusDays(2),
                LocalDate.now().plusYears(3).minusDays(3), PDF);
        if (opened.statusCode() != 302 || sent.statusCode() != 302) {
            throw new IllegalStateException("the certificate was not submitted: " + sent.body());
        }
    }

    /**
     * The vendor's form posted as a browser posts it (multipart, with the page's view state), pressing
     * {@code button} (draft or submit); the dates ISO, as the date input takes them too.
     */
    public static HttpResponse<String> post(Api api, HttpClient browser, String button, String type, String issuer,
            LocalDate issuedOn, LocalDate validUntil, byte[] pdf) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type_input", type == null ? "" : type);
        fields.put("issuer", issuer == null ? "" : issuer);
        fields.put("issuedOn_input", issuedOn == null ? "" : issuedOn.toString());
        fields.put("validUntil_input", validUntil == null ? "" : validUntil.toString());
        return post(api, browser, button, fields, pdf);
    }

    /**
     * The vendor's form of any kind of request, its fields named by their ids inside the form ({@code method_input},
     * {@code additions:0:name}); the document goes along when the form has a file input.
     */
    public static HttpResponse<String> post(Api api, HttpClient browser, String button, Map<String, String> given,
            byte[] pdf) {
        return post(api, browser, button, given, pdf, null);
    }

    /**
     * The questionnaire's form: the documents go to the file inputs named by their ids inside the form
     * ({@code q-certificate}, {@code q-pentest-document}); the others go empty, as a browser sends them.
     */
    public static HttpResponse<String> postAnswers(Api api, HttpClient browser, String button,
            Map<String, String> given, Map<String, byte[]> files) {
        return post(api, browser, button, given, null, files);
    }

    private static HttpResponse<String> post(Api api, HttpClient browser, String button, Map<String, String> given,
            byte[] pdf, Map<String, byte[]> files) {
        String page = get(api, browser, "vendor/request.xhtml").body();
        Matcher state = VIEW_STATE.matcher(page);
        Matcher action = FORM_ACTION.matcher(page);
        if (!(state.find() && action.find())) {
            throw new AssertionError("no answer form: " + page);
        }
        Matcher file = FILE_INPUT.matcher(page);
        List<String> fileInputs = new java.util.ArrayList<>();
        while (file.find()) {
            Matcher fileName = NAME.matcher(file.group());
            if (!fileName.find()) {
                throw new AssertionError("a file input without a name: " + file.group());
            }
            fileInputs.add(fileName.group(1));
        }
        String boundary = "----art28" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("answer", "answer");
        given.forEach((name, value) -> fields.put("answer:" + name, value));
        fields.put("answer:" + button, "");
        fields.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < fileInputs.size(); i++) {
            String fileInput = fileInputs.get(i);
            // a file input is named by its component's id, with PrimeFaces' "_input" when skinned
            byte[] content = files == null ? (i == 0 ? pdf : null)
                    : files.get(fileInput.replaceFirst("^answer:", "").replaceFirst("_input$", ""));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileInput
                    + "\"; filename=\"" + (content == null ? "" : "iso-27001-renewed.pdf") + "\"\r\nContent-Type: "
                    + (content == null ? "application/octet-stream" : "application/pdf") + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content == null ? new byte[0] : content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(browser, HttpRequest.newBuilder(api.base().resolve(action.group(1).replaceFirst("^/[^/]+/", "")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
