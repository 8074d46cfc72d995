package eu.art28.platform.control;

/** The record asked for does not exist (or no longer does). */
public class NoSuchRecord extends RuntimeException {

    public NoSuchRecord(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
