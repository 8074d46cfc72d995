package eu.art28.platform.control;

/** A document above the size Art28 can store: the API answers 413, a form puts the message next to its input. */
public class DocumentTooLarge extends InvalidInput {

    public DocumentTooLarge(String messageKey, long megabytes) {
        super("document", messageKey, megabytes);
    }
}
