package org.tvilling.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * XML bodies checked against their contract. The swagger-request-validator validates JSON bodies only
 * ("Validation of 'application/xml' not supported"), so an XML body is read here the way OpenAPI's {@code xml}
 * object describes it and turned into the JSON value it stands for, which the validator's schema check then
 * validates against the schema of the XML media type. This reading itself enforces what JSON cannot show:
 * the root element's name ({@code xml.name} of the schema), that every element is a property of its schema
 * (by its {@code xml.name} or property name), arrays wrapped or not as {@code xml.wrapped} says, no
 * attributes and no stray text. Leaves become JSON booleans and numbers where the schema says so, strings
 * otherwise, so that a leaf of the wrong type fails the schema check.
 */
public final class XmlBodies {

    private static final Pattern XML_TYPE = Pattern.compile("(application|text)/([^;]+\\+)?xml");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private XmlBodies() {}

    /** Thrown when the XML does not have the shape the contract's {@code xml} objects describe. */
    static final class XmlMismatch extends Exception {
        XmlMismatch(String message) {
            super(message);
        }
    }

    /** A request body as text (REST Assured keeps what the test gave). */
    static String text(com.atlassian.oai.validator.model.Body body) {
        try {
            return body.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static boolean isXml(@Nullable String contentType) {
        return contentType != null && XML_TYPE.matcher(baseType(contentType)).matches();
    }

    /** The schema of the operation's response with this status for the XML media type, if it documents one. */
    static Optional<Schema<?>> responseSchema(Specs.DocumentedOperation operation, int status) {
        return Optional.of(operation.model())
                .map(Operation::getResponses)
                .map(responses -> responses.get(String.valueOf(status)))
                .map(ApiResponse::getContent)
                .flatMap(XmlBodies::xmlSchema);
    }

    /** The schema of the operation's request body for the XML media type, if it documents one. */
    static Optional<Schema<?>> requestSchema(Specs.DocumentedOperation operation) {
        return Optional.of(operation.model())
                .map(Operation::getRequestBody)
                .map(body -> body.getContent())
                .flatMap(XmlBodies::xmlSchema);
    }

    /** The JSON value the XML document stands for under the schema. */
    static JsonNode toJson(String xml, Schema<?> schema) throws XmlMismatch {
        Element root = parse(xml);
        String expected = schema.getXml() == null ? null : schema.getXml().getName();
        if (expected == null) {
            throw new XmlMismatch("the contract gives the XML body's schema no xml.name to check the root against");
        }
        if (!expected.equals(root.getTagName())) {
            throw new XmlMismatch("root element <%s>, the contract says <%s>".formatted(root.getTagName(), expected));
        }
        return value(root, schema, "/" + root.getTagName());
    }

    private static JsonNode value(Element element, Schema<?> schema, String where) throws XmlMismatch {
        noAttributes(element, where);
        if (isObject(schema)) {
            return object(element, schema, where);
        }
        if (!children(element).isEmpty()) {
            throw new XmlMismatch(where + " has child elements, the contract says it is a " + schema.getType());
        }
        String text = element.getTextContent();
        String type = Objects.requireNonNullElse(schema.getType(), "string");
        return switch (type) {
            case "boolean" ->
                text.equals("true") || text.equals("false")
                        ? JSON.booleanNode(Boolean.parseBoolean(text))
                        : JSON.textNode(text);
            case "integer", "number" -> {
                try {
                    yield JSON.numberNode(new BigDecimal(text));
                } catch (NumberFormatException notANumber) {
                    yield JSON.textNode(text);
                }
            }
            default -> JSON.textNode(text);
        };
    }

    private static ObjectNode object(Element element, Schema<?> schema, String where) throws XmlMismatch {
        ObjectNode object = JSON.objectNode();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && !child.getTextContent().isBlank()) {
                throw new XmlMismatch(where + " has text of its own, the contract says it is an object");
            }
        }
        Map<String, Schema> properties = Objects.requireNonNullElse(schema.getProperties(), Map.of());
        for (Element child : children(element)) {
            String childWhere = where + "/" + child.getTagName();
            Map.Entry<String, Schema> property = properties.entrySet().stream()
                    .filter(entry ->
                            elementName(entry.getKey(), entry.getValue()).equals(child.getTagName()))
                    .findFirst()
                    .orElseThrow(() -> new XmlMismatch(childWhere + " is not an element of the contract's schema"));
            Schema<?> propertySchema = property.getValue();
            if ("array".equals(propertySchema.getType())) {
                ArrayNode array = object.has(property.getKey())
                        ? (ArrayNode) object.get(property.getKey())
                        : object.putArray(property.getKey());
                boolean wrapped = propertySchema.getXml() != null
                        && Boolean.TRUE.equals(propertySchema.getXml().getWrapped());
                if (wrapped) {
                    for (Element item : children(child)) {
                        array.add(value(item, propertySchema.getItems(), childWhere + "/" + item.getTagName()));
                    }
                } else {
                    array.add(value(child, propertySchema.getItems(), childWhere));
                }
            } else if (object.has(property.getKey())) {
                throw new XmlMismatch(childWhere + " occurs more than once, the contract says it is no array");
            } else {
                object.set(property.getKey(), value(child, propertySchema, childWhere));
            }
        }
        return object;
    }

    private static String elementName(String property, Schema<?> schema) {
        return schema.getXml() != null && schema.getXml().getName() != null
                ? schema.getXml().getName()
                : property;
    }

    private static boolean isObject(Schema<?> schema) {
        return "object".equals(schema.getType()) || schema.getProperties() != null;
    }

    private static void noAttributes(Element element, String where) throws XmlMismatch {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!attribute.getName().startsWith("xmlns")) {
                throw new XmlMismatch(
                        where + " has the attribute " + attribute.getName() + ", the contract describes no attributes");
            }
        }
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                children.add(childElement);
            }
        }
        return children;
    }

    private static Element parse(String xml) throws XmlMismatch {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml)))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new XmlMismatch("not well-formed XML: " + e.getMessage());
        }
    }

    private static Optional<Schema<?>> xmlSchema(@Nullable Content content) {
        if (content == null) {
            return Optional.empty();
        }
        return content.entrySet().stream()
                .filter(entry -> isXml(entry.getKey()))
                .map(Map.Entry::getValue)
                .map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .<Schema<?>>map(schema -> schema)
                .findFirst();
    }

    private static String baseType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .trim()
                .toLowerCase(java.util.Locale.ROOT);
    }
}
