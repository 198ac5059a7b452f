package org.tandem.shared.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON form a log line may take, so that a hash names exactly one sequence of bytes: keys
 * sorted by {@link String#compareTo} at every level, no whitespace between tokens, strings escaped
 * as Jackson escapes them (quote, backslash and control characters; everything else as UTF-8),
 * integers in plain decimal. Fractional numbers are refused: their text differs between JSON
 * libraries, so a hash over them could not be checked elsewhere.
 */
final class CanonicalJson {
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CanonicalJson() {}

    /** Any value Jackson can write, as a tree with sorted keys. */
    static JsonNode tree(Object value) {
        return sorted(value instanceof JsonNode node ? node : MAPPER.valueToTree(value));
    }

    /** A copy of {@code node} with the keys of every object in sorted order. */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        if (node.isNumber() && !node.isIntegralNumber()) {
            throw new IllegalArgumentException("A session log holds no fractional numbers (" + node + "); write it as text");
        }
        return node;
    }

    /** The canonical text of {@code node}. */
    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(sorted(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    /** Parses one JSON value; duplicate keys and trailing tokens are errors. */
    static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
