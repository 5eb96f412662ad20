package lectern.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks JSON against the parts of JSON Schema our documented schemas use ({@code type}, {@code required},
 * {@code properties}, {@code additionalProperties: false}, {@code items}, {@code enum}, {@code const},
 * {@code minimum}, {@code $ref} into {@code $defs}), so a test fails when the output and its documentation part.
 */
public final class JsonSchemaCheck {
    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private JsonSchemaCheck(JsonNode root) {
        this.root = root;
    }

    /** Every way {@code value} breaks {@code schema}, as "path: problem"; empty when it conforms. */
    public static List<String> problems(JsonNode schema, JsonNode value) {
        JsonSchemaCheck check = new JsonSchemaCheck(schema);
        check.check(schema, value, "$");
        return check.problems;
    }

    private void check(JsonNode schema, JsonNode value, String path) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(root.at(ref.substring(1)), value, path);
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(path + ": should be " + schema.get("const") + ", is " + value);
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(path + ": should be of type " + schema.get("type") + ", is " + value.getNodeType());
            return;
        }
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
            problems.add(path + ": " + value + " is below " + schema.get("minimum"));
        }
        if (value.isObject()) {
            object(schema, value, path);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]");
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String path) {
        if (schema.has("required")) {
            schema.get("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    problems.add(path + ": lacks required " + name.asText());
                }
            });
        }
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey());
            } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                problems.add(path + ": " + field.getKey() + " is not in the schema");
            }
        }
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("type " + type + " is not checked here");
        };
    }
}
