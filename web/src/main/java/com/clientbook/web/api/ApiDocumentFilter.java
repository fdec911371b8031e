package com.clientbook.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects what Payara's OpenAPI scanner writes into {@code /openapi}, so that the document reads as the API behaves
 * and integrators' generators and validators accept it (docs/api-contract.md). Registered as
 * {@code mp.openapi.filter} in the EJB module's META-INF/microprofile-config.properties (Payara reads an EAR's
 * configuration there); it runs once, when the document is built.
 * <p>
 * Each rule repairs a habit of the scanner, not one endpoint, so a new resource is covered without a word here:
 * <ul>
 * <li>schema members at their "unset" values ({@code maxProperties: 0}, {@code exclusiveMaximum: false}, …) are
 * dropped: a strict JSON Schema validator reads {@code maxProperties: 0} as "no property allowed";</li>
 * <li>Java {@code long} comes out as {@code number} (BigDecimal in generated clients), {@code Instant} and enums as
 * {@code object}, whatever the annotation says: ids and int64 become {@code integer}, times and enums
 * {@code string};</li>
 * <li>a JAX-RS path regex ({@code {customerNumber: .+}}) is left out of the path; path parameters are required;</li>
 * <li>an inline copy of a component schema becomes a {@code $ref} to it; component schemas nothing refers to go;</li>
 * <li>content declared without a media type ({@code *}{@code /*}) is merged into the media types the resource
 * consumes; the server list is the serving server itself ({@code /}), so the document is the same wherever it is
 * served; Payara's own {@code endpoints} member, which no OpenAPI version knows, goes.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final String ANY = "*/*";
    private static final Pattern PATH_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

    /** The document's component schemas, while it is filtered (Payara makes one filter per document). */
    private Map<String, Schema> schemas = Map.of();

    @Override
    public void filterOpenAPI(OpenAPI document) {
        document.setServers(List.of(OASFactory.createServer().url("/")
                .description("The server that serves this document")));
        dropPayaraEndpoints(document);
        dropDuplicateTags(document);

        Map<String, Schema> components = document.getComponents() == null || document.getComponents().getSchemas() == null
                ? Map.of() : document.getComponents().getSchemas();
        components.values().forEach(this::clean);
        Map<String, String> componentsByShape = new LinkedHashMap<>();
        components.forEach((name, schema) -> componentsByShape.putIfAbsent(shape(schema, components, 0).toString(), name));
        this.schemas = components;
        // Properties of one component that copy another become references, too.
        components.forEach((name, schema) -> referToComponents(schema, componentsByShape, name));

        if (document.getComponents() != null && document.getComponents().getResponses() != null) {
            document.getComponents().getResponses().values().stream().filter(response -> response.getContent() != null)
                    .forEach(response -> correctContent(response.getContent(), componentsByShape));
        }
        if (document.getPaths() != null) {
            document.setPaths(withoutRegexes(document.getPaths()));
            document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(operation -> correctOperation(operation, componentsByShape)));
        }
        dropUnusedSchemas(document);
    }

    private void correctOperation(Operation operation, Map<String, String> components) {
        if (Boolean.FALSE.equals(operation.getDeprecated())) {
            operation.setDeprecated(null);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(this::correctParameter);
        }
        RequestBody body = operation.getRequestBody();
        if (body != null && body.getContent() != null) {
            correctContent(body.getContent(), components);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                if (response.getContent() != null) {
                    correctContent(response.getContent(), components);
                }
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(this::correctHeader);
                }
            }
        }
    }

    private void correctParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        Schema schema = parameter.getSchema();
        if (schema != null) {
            clean(schema);
            integerIfId(parameter.getName(), schema);
        }
    }

    /** Payara writes a Java long as a bare number (BigDecimal in a Java client); our ids are 64-bit integers. */
    private void integerIfId(String name, Schema schema) {
        if (schema != null && schema.getType() == SchemaType.NUMBER && schema.getFormat() == null
                && (name.equals("id") || name.endsWith("Id"))) {
            schema.setType(SchemaType.INTEGER);
            schema.setFormat("int64");
        }
    }

    private void correctHeader(Header header) {
        if (Boolean.FALSE.equals(header.getDeprecated())) {
            header.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(header.getAllowEmptyValue())) {
            header.setAllowEmptyValue(null);
        }
        if (header.getSchema() != null) {
            clean(header.getSchema());
        }
    }

    /**
     * Content declared in an annotation without a media type is listed as {@code *}{@code /*} beside the media types
     * that the method consumes or produces, which got only the Java type's bare schema: its schema and examples
     * belong to those.
     */
    private void correctContent(Content content, Map<String, String> components) {
        Map<String, MediaType> types = content.getMediaTypes();
        MediaType any = types.get(ANY);
        if (any != null && types.size() > 1) {
            for (var entry : types.entrySet()) {
                if (entry.getKey().equals(ANY)) {
                    continue;
                }
                MediaType specific = entry.getValue();
                if (any.getSchema() != null && isBare(specific.getSchema())) {
                    specific.setSchema(any.getSchema());
                }
                if (specific.getExamples() == null && any.getExamples() != null) {
                    specific.setExamples(any.getExamples());
                }
            }
            content.removeMediaType(ANY);
        }
        for (MediaType type : content.getMediaTypes().values()) {
            if (type.getExamples() != null) {
                type.getExamples().values().forEach(example -> example.setValue(parsedIfJson(example.getValue())));
            }
            Schema schema = type.getSchema();
            if (schema != null) {
                clean(schema);
                type.setSchema(asReference(schema, components, null));
                referToComponents(type.getSchema(), components, null);
            }
        }
    }

    /**
     * Examples are written in the annotations as JSON text; the document must carry them as JSON values, or every
     * validator compares a string with an object schema.
     */
    private Object parsedIfJson(Object value) {
        if (!(value instanceof String text) || !(text.strip().startsWith("{") || text.strip().startsWith("["))) {
            return value;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (JsonException e) {
            return value;
        }
    }

    private Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, member) -> object.put(name, plain(member)));
                yield object;
            }
            case ARRAY -> value.asJsonArray().stream().map(this::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    /** A schema that says no more than "some object" (what Payara gives for a JsonObject or an unknown type). */
    private boolean isBare(Schema schema) {
        return schema == null || schema.getRef() == null && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && schema.getItems() == null && (schema.getType() == null || schema.getType() == SchemaType.OBJECT);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Schemas

    /** Drops members at their unset values and corrects the types Payara derives from Java types; recursively. */
    private void clean(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (schema.getType() == SchemaType.OBJECT && schema.getItems() != null) {
            schema.setItems(null); // from a List<EntityPart> parameter, merged into the multipart form's object
        }
        String format = schema.getFormat();
        if (schema.getType() == SchemaType.NUMBER && ("int64".equals(format) || "int32".equals(format))) {
            schema.setType(SchemaType.INTEGER);
        }
        if (schema.getType() == SchemaType.OBJECT && ("date-time".equals(format) || "date".equals(format))) {
            schema.setType(SchemaType.STRING);
        }
        if (schema.getType() == SchemaType.OBJECT && schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()
                && schema.getEnumeration().stream().allMatch(String.class::isInstance)) {
            schema.setType(SchemaType.STRING); // a Java enum, written as an object
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                clean(property);
                integerIfId(name, property);
            });
        }
        clean(schema.getItems());
        clean(schema.getAdditionalPropertiesSchema());
        clean(schema.getNot());
        for (List<Schema> list : composites(schema)) {
            list.forEach(this::clean);
        }
    }

    /** Replaces properties and items that copy a component schema by a reference to it. */
    private void referToComponents(Schema schema, Map<String, String> components, String self) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            properties.replaceAll((name, property) -> asReference(property, components, self));
            schema.setProperties(properties);
            properties.values().forEach(property -> referToComponents(property, components, self));
        }
        if (schema.getItems() != null) {
            schema.setItems(asReference(schema.getItems(), components, self));
            referToComponents(schema.getItems(), components, self);
        }
    }

    private Schema asReference(Schema schema, Map<String, String> components, String self) {
        if (schema.getRef() != null || schema.getType() != SchemaType.OBJECT || schema.getProperties() == null) {
            return schema;
        }
        String name = components.get(shape(schema, schemas, 0).toString());
        if (name == null || name.equals(self)) {
            return schema;
        }
        return OASFactory.createSchema().ref(REF_PREFIX + name);
    }

    /**
     * What a schema says, as plain values, with references replaced by what they refer to: two schemas with the same
     * shape describe the same JSON, whether Payara wrote a part of one inline or as a reference.
     */
    private Object shape(Schema schema, Map<String, Schema> components, int depth) {
        if (schema == null) {
            return null;
        }
        if (schema.getRef() != null) {
            Schema target = components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            return target == null || depth > 20 ? schema.getRef() : shape(target, components, depth + 1);
        }
        Map<String, Object> shape = new TreeMap<>();
        shape.put("type", schema.getType());
        shape.put("format", schema.getFormat());
        shape.put("description", schema.getDescription());
        shape.put("title", schema.getTitle());
        shape.put("nullable", schema.getNullable());
        shape.put("required", schema.getRequired() == null ? null : new TreeMap<>(Map.of("r", schema.getRequired())));
        shape.put("enum", schema.getEnumeration());
        shape.put("maxLength", schema.getMaxLength());
        shape.put("minLength", schema.getMinLength());
        shape.put("pattern", schema.getPattern());
        shape.put("maximum", schema.getMaximum());
        shape.put("minimum", schema.getMinimum());
        shape.put("maxItems", schema.getMaxItems());
        shape.put("minItems", schema.getMinItems());
        shape.put("example", Objects.toString(schema.getExample(), null));
        shape.put("default", Objects.toString(schema.getDefaultValue(), null));
        shape.put("items", shape(schema.getItems(), components, depth + 1));
        if (schema.getProperties() != null) {
            Map<String, Object> properties = new TreeMap<>();
            schema.getProperties().forEach((name, property) -> properties.put(name, shape(property, components, depth + 1)));
            shape.put("properties", properties);
        }
        shape.values().removeIf(Objects::isNull);
        return shape;
    }

    private List<List<Schema>> composites(Schema schema) {
        List<List<Schema>> lists = new ArrayList<>();
        for (List<Schema> list : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (list != null) {
                lists.add(list);
            }
        }
        return lists;
    }

    /** Component schemas that no operation reaches (directly or through another schema) are noise to integrators. */
    private void dropUnusedSchemas(OpenAPI document) {
        Components components = document.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        List<Schema> pending = new ArrayList<>();
        if (document.getPaths() != null) {
            for (PathItem item : document.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(parameter -> pending.add(parameter.getSchema()));
                    }
                    if (operation.getRequestBody() != null) {
                        schemasOf(operation.getRequestBody().getContent(), pending);
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(response -> schemasOf(response.getContent(), pending));
                    }
                }
            }
        }
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(response -> schemasOf(response.getContent(), pending));
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && components.getSchemas().containsKey(name)) {
                    pending.add(components.getSchemas().get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            pending.add(schema.getNot());
            composites(schema).forEach(pending::addAll);
        }
        for (String name : new ArrayList<>(components.getSchemas().keySet())) {
            if (!used.contains(name)) {
                components.removeSchema(name);
            }
        }
    }

    private void schemasOf(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(type -> into.add(type.getSchema()));
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // Document-level

    /** {@code /customers/by-number/{customerNumber: .+}} → {@code /customers/by-number/{customerNumber}}. */
    private Paths withoutRegexes(Paths paths) {
        Paths cleaned = OASFactory.createPaths();
        paths.getPathItems().forEach((path, item) -> {
            Matcher matcher = PATH_REGEX.matcher(path);
            cleaned.addPathItem(matcher.replaceAll("{$1}"), item);
        });
        cleaned.setExtensions(paths.getExtensions());
        return cleaned;
    }

    /** Tags declared on several resources of one feature are listed once each; the first description wins. */
    private void dropDuplicateTags(OpenAPI document) {
        if (document.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        document.getTags().forEach(tag -> byName.putIfAbsent(tag.getName(), tag));
        document.setTags(new ArrayList<>(byName.values()));
    }

    /**
     * Payara adds a member {@code endpoints} (its context roots and paths) that no OpenAPI version defines, so strict
     * validators refuse the document. It is not part of the MicroProfile model, hence reflection; if a Payara version
     * drops the method, nothing is lost.
     */
    private void dropPayaraEndpoints(OpenAPI document) {
        try {
            // empty, not null: Payara copies the map when it serves the document
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not Payara's model, or one without endpoints: nothing to drop
        }
    }
}
