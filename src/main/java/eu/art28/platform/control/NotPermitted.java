package eu.art28.platform.control;

/** The caller is logged in and has the role, but this particular action is not theirs to take (403). */
public class NotPermitted extends RuntimeException {

    private final String messageKey;

    public NotPermitted(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** With a detail for the log and the developer (which action, which roles), never shown to the user. */
    public NotPermitted(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
