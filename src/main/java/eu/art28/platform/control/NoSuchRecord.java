package eu.art28.platform.control;

/** The record asked for does not exist (or no longer does). */
public class NoSuchRecord extends RuntimeException {

    private final String what;
    private final transient Object id;

    public NoSuchRecord(String what, Object id) {
        super(what + " " + id + " does not exist");
        this.what = what;
        this.id = id;
    }

    /** The kind of record in words ("processor", "subprocessor link"), as the API's message names it. */
    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }
}
