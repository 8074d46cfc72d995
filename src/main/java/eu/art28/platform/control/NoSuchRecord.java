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

    /**
     * The one way a lookup by id answers "not found": {@code record} as the lookup returned it, or this exception
     * when there is none.
     */
    public static <T> T unlessMissing(T record, String what, Object id) {
        if (record == null) {
            throw new NoSuchRecord(what, id);
        }
        return record;
    }

    /** The kind of record in words ("processor", "subprocessor link"), as the API's message names it. */
    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }
}
