package eu.art28.audit.control;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import eu.art28.audit.entity.Action;
import eu.art28.audit.entity.Change;
import eu.art28.platform.control.Messages;

/**
 * A stored change in the reader's words: "Risk tier: Low → High", a list as "added: x, y; removed: z", a
 * checklist item by its clause, a day as the reader's language writes it. The trail stores field names and values
 * as the entities hold them ({@link Changes}), so which words fit is found from the entity's own field types: an
 * enum's constant is {@code enum.<EnumSimpleName>.<CONSTANT>} (or the older {@code <EnumSimpleName>.<CONSTANT>}),
 * a field is {@code <entity>.<field>} as the forms label it ({@code processor.riskTier}). What has no words yet is
 * shown as stored, never as JSON.
 */
public final class ChangeWords {

    /** One changed field: its label and what happened to it. */
    public record Line(String field, String change) {
    }

    private static final int ITEM_FIELDS_MAX = 4;

    private final Function<String, String> bundle;
    private final Locale locale;
    private final Function<String, Class<?>> entityClasses;

    /**
     * @param bundle the reader's texts: the text of a key, or null where there is none
     * @param entityClasses the entity class of a record type as the trail names it ({@code Processor}), or null
     */
    public ChangeWords(Function<String, String> bundle, Locale locale, Function<String, Class<?>> entityClasses) {
        this(bundle, locale, entityClasses, (kind, code) -> code);
    }

    /** @param codeNames the catalogue's name of a code of a kind (PURPOSE, DATA_CATEGORY, DATA_SUBJECT) */
    public ChangeWords(Function<String, String> bundle, Locale locale, Function<String, Class<?>> entityClasses,
            java.util.function.BinaryOperator<String> codeNames) {
        this.bundle = bundle;
        this.locale = locale;
        this.entityClasses = entityClasses;
        this.codeNames = codeNames;
    }

    /** The fields that hold catalogue codes, wherever a scope of processing is kept, and the kind of each. */
    private static final Map<String, String> CODE_FIELDS = Map.of("purposes", "PURPOSE", "dataCategories",
            "DATA_CATEGORY", "dataSubjects", "DATA_SUBJECT");

    private final java.util.function.BinaryOperator<String> codeNames;

    /** Catalogue codes as the catalogue names them ("Klantmailing per post", not "e.mailing"), countries by name. */
    private JsonValue named(String field, JsonValue value) {
        Function<String, String> name = COUNTRY_FIELDS.contains(field) ? code -> Messages.country(locale, code)
                : CODE_FIELDS.containsKey(field) ? code -> codeNames.apply(CODE_FIELDS.get(field), code) : null;
        if (name == null || value == null) {
            return value;
        }
        if (value instanceof JsonString code) {
            return jakarta.json.Json.createValue(name.apply(code.getString()));
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return value;
        }
        jakarta.json.JsonArrayBuilder names = jakarta.json.Json.createArrayBuilder();
        for (JsonValue item : value.asJsonArray()) {
            names.add(item instanceof JsonString code ? jakarta.json.Json.createValue(name.apply(code.getString()))
                    : item);
        }
        return names.build();
    }

    /** The fields that hold ISO country codes, shown by the country's name in the reader's language. */
    private static final java.util.Set<String> COUNTRY_FIELDS = java.util.Set.of("country", "countries");

    public List<Line> of(String entityType, String action, List<Change> changes) {
        Class<?> type = entityType == null ? null : entityClasses.apply(entityType);
        boolean whole = Action.CREATE.name().equals(action) || Action.DELETE.name().equals(action);
        List<Line> lines = new ArrayList<>(changes.size());
        for (Change change : changes) {
            if ("".equals(bundle.apply("history.field." + change.field()))) {
                // bookkeeping of the application's own (an alert's key for reopening): a label left empty hides it
                continue;
            }
            Type fieldType = fieldType(type, change.field());
            lines.add(new Line(label(type, entityType, change.field()), change(named(change.field(), change.before()),
                    named(change.field(), change.after()), fieldType, whole)));
        }
        return lines;
    }

    /** The lines as one text, a line per field: for exports people read. */
    public String text(String entityType, String action, List<Change> changes) {
        StringBuilder text = new StringBuilder();
        for (Line line : of(entityType, action, changes)) {
            text.append(text.isEmpty() ? "" : "\n").append(line.field()).append(": ").append(line.change());
        }
        return text.toString();
    }

    private String change(JsonValue before, JsonValue after, Type type, boolean whole) {
        boolean many = isStructure(before) || isStructure(after);
        if (many) {
            Map<String, String> was = items(before, type);
            Map<String, String> is = items(after, type);
            if (whole) {
                return String.join(", ", (empty(after) ? was : is).values());
            }
            return collectionChange(was, is);
        }
        String was = word(before, type);
        String is = word(after, type);
        if (whole) {
            return empty(after) ? was : is;
        }
        return (was.isEmpty() ? words("history.empty") : was) + " \u2192 " + (is.isEmpty() ? words("history.empty") : is);
    }

    private String collectionChange(Map<String, String> was, Map<String, String> is) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        is.forEach((key, item) -> {
            String old = was.get(key);
            if (old == null) {
                added.add(item);
            } else if (!old.equals(item)) {
                changed.add(old + " \u2192 " + item);
            }
        });
        was.forEach((key, item) -> {
            if (!is.containsKey(key)) {
                removed.add(item);
            }
        });
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(words("history.added") + ": " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add(words("history.removed") + ": " + String.join(", ", removed));
        }
        if (!changed.isEmpty()) {
            parts.add(words("history.changed") + ": " + String.join("; ", changed));
        }
        return parts.isEmpty() ? words("history.reordered") : String.join("; ", parts);
    }

    /**
     * The items of a collection or map, each in words, by what identifies it: a map's entry by its key, an
     * embedded value by its first enum field (a checklist item by its clause), anything else by itself; so that
     * an item that changed shows as changed, not as removed and added.
     */
    private Map<String, String> items(JsonValue value, Type type) {
        Map<String, String> items = new LinkedHashMap<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return items;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT && isMap(type)) {
            Type keyType = argument(type, 0);
            Type valueType = argument(type, 1);
            value.asJsonObject().forEach((key, item) -> items.put(key,
                    text(key, keyType) + ": " + word(item, valueType)));
            return items;
        }
        List<JsonValue> list = value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray()
                : List.of(value);
        Type element = isCollection(type) ? argument(type, 0) : type;
        for (JsonValue item : list) {
            String key = item.getValueType() == JsonValue.ValueType.OBJECT ? identity(item.asJsonObject(), element)
                    : item.toString();
            items.put(key, word(item, element));
        }
        return items;
    }

    private String identity(JsonObject object, Type type) {
        if (type instanceof Class<?> embedded) {
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                Type fieldType = fieldType(embedded, field.getKey());
                if (fieldType instanceof Class<?> c && c.isEnum()) {
                    return field.getKey() + "=" + field.getValue();
                }
            }
        }
        return object.toString();
    }

    /** One value in words, of the type the entity declares for it (null: unknown, shown as stored). */
    private String word(JsonValue value, Type type) {
        if (value == null) {
            return "";
        }
        switch (value.getValueType()) {
            case NULL:
                return "";
            case TRUE:
                return words("history.yes");
            case FALSE:
                return words("history.no");
            case NUMBER:
                return value.toString();
            case STRING:
                return text(((JsonString) value).getString(), type);
            case ARRAY:
                return String.join(", ", items(value, type).values());
            default:
                return embedded(value.asJsonObject(), type);
        }
    }

    /** An embedded value: its identifying word first, then its other filled fields by their labels. */
    private String embedded(JsonObject object, Type type) {
        Class<?> embedded = type instanceof Class<?> c && !Map.class.isAssignableFrom(c) ? c : null;
        if (embedded == null) {
            return String.join(", ", items(object, isMap(type) ? type : Map.class).values());
        }
        String name = null;
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            Type fieldType = fieldType(embedded, field.getKey());
            String word = word(field.getValue(), fieldType);
            if (name == null && fieldType instanceof Class<?> c && c.isEnum()) {
                name = word;
            } else if (!word.isEmpty() && fields.size() < ITEM_FIELDS_MAX) {
                fields.add(label(embedded, null, field.getKey()) + " " + word);
            }
        }
        String rest = String.join(", ", fields);
        return name == null ? rest : rest.isEmpty() ? name : name + " (" + rest + ")";
    }

    private String text(String text, Type type) {
        if (Changes.SECRET.equals(text)) {
            return words("history.secret");
        }
        if (ChangeRecorder.UNKNOWN.equals(text)) {
            return words("history.unknown");
        }
        if (type instanceof Class<?> c) {
            if (c.isEnum()) {
                return constant(c.getSimpleName(), text);
            }
            try {
                if (c == LocalDate.class) {
                    return Messages.date(locale, LocalDate.parse(text));
                }
                if (c == Instant.class) {
                    return moment(LocalDateTime.ofInstant(Instant.parse(text), ZoneId.systemDefault()));
                }
                if (c == LocalDateTime.class) {
                    return moment(LocalDateTime.parse(text));
                }
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
        if (ISO_DAY.matcher(text).matches()) {
            // a day kept as data in a text or a list (an alert's missing items)
            return Messages.date(locale, LocalDate.parse(text));
        }
        // a text stored as a message key with its arguments reads in the reader's language; any other as typed
        return text.contains("\n") ? Messages.shownItems(locale, text) : Messages.shown(locale, text);
    }

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private String moment(LocalDateTime moment) {
        return Messages.moment(locale, moment);
    }

    /** The constant's word under the bundle's one convention for them (Messages.key), the constant where none. */
    private String constant(String enumName, String constant) {
        String word = bundle.apply(enumName + "." + constant);
        return word == null ? constant : word;
    }

    /** The field's label as the forms have it, else a generic one, else its name in words. */
    private String label(Class<?> type, String entityType, String field) {
        String owner = type != null ? type.getSimpleName() : entityType;
        if (owner != null) {
            String label = bundle.apply(Character.toLowerCase(owner.charAt(0)) + owner.substring(1) + "." + field);
            if (label != null) {
                return label;
            }
        }
        String label = bundle.apply("history.field." + field);
        return label != null ? label : spoken(field);
    }

    /** {@code riskTier} as "Risk tier": a name with no label yet, still without camel case. */
    static String spoken(String field) {
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String words(String key) {
        return Objects.requireNonNullElse(bundle.apply(key), key);
    }

    private static Type fieldType(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                return field.getGenericType();
            } catch (NoSuchFieldException e) {
                // declared higher up, if anywhere
            }
        }
        return null;
    }

    private static boolean isStructure(JsonValue value) {
        return value != null && (value.getValueType() == JsonValue.ValueType.ARRAY
                || value.getValueType() == JsonValue.ValueType.OBJECT);
    }

    private static boolean empty(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static boolean isMap(Type type) {
        return raw(type) != null && Map.class.isAssignableFrom(raw(type));
    }

    private static boolean isCollection(Type type) {
        return raw(type) != null && Collection.class.isAssignableFrom(raw(type));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    /** A type argument without its annotations ({@code Set<@NotBlank String>}), or null when not declared. */
    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return null;
    }
}
