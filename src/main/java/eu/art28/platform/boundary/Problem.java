package eu.art28.platform.boundary;

import java.util.List;

/** An RFC 9457 problem document, with the fields of bad input listed in {@code violations}. */
public record Problem(String type, String title, int status, String detail, List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldViolation(String field, String message) {
    }
}
