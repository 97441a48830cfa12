package org.tvilling.contract.fuzz;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Every kind of malformed request the fuzzer sends (issue 9): missing, empty, over-long, pattern-breaking and
 * wrongly typed values; unicode (emoji, NUL, C1 controls, lone surrogates) in parameters, headers and body
 * members; malformed escapes; malformed, truncated and deeply nested bodies; odd media types and charset
 * parameters; oversized and too many header fields, long paths and queries; missing, garbage, unsigned,
 * foreign-signed and expired credentials. Each mutation changes one thing of the operation's {@link Baseline}.
 */
final class Mutations {

    /** One way to break a request: its kind (for coverage), a name that says exactly what it does. */
    record Mutation(String kind, String name, BiFunction<Baseline, Random, RawRequest> apply) {}

    /** Characters (as JSON escapes) that a string must survive or be refused for. */
    private static final Map<String, String> JSON_UNICODE = Map.of(
            "emoji", "\"a\\ud83d\\ude00b\"",
            "nul", "\"a\\u0000b\"",
            "c1", "\"a\\u0085b\"",
            "lone-surrogate", "\"a\\ud800b\"");

    /** The same, percent-encoded as UTF-8 for a path or query (the lone surrogate as its invalid CESU bytes). */
    private static final Map<String, String> ESCAPED_UNICODE =
            Map.of("emoji", "%F0%9F%98%80", "nul", "%00", "c1", "%C2%85", "lone-surrogate", "%ED%A0%80");

    /** The same as raw header bytes (a server reads them as ISO-8859-1). */
    private static final Map<String, byte[]> RAW_UNICODE = Map.of(
            "emoji", "a😀b".getBytes(StandardCharsets.UTF_8),
            "nul", new byte[] {'a', 0, 'b'},
            "c1", new byte[] {'a', (byte) 0x85, 'b'},
            "lone-surrogate", new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'});

    private static final List<String> ESCAPES = List.of("%zz", "%", "%FF", "%2F", "%5C", "%25", ";x=1", "%2e%2e");

    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/x-www-form-urlencoded",
            "application/json;charset=utf-16",
            "application/json;charset=iso-8859-1",
            "application/json;;;",
            "application/vnd.unknown+json",
            ";;");

    private static final List<String> ACCEPTS = List.of(
            "text/plain",
            "application/xml",
            "application/json;q=0",
            "*/*;q=0",
            "application/json;charset=utf-16",
            "application/problem+json",
            "text/*",
            ";;;",
            "");

    private static final String MARKER = "__fuzz_marker__";

    private static final int OVERLONG = 10_000;

    private Mutations() {}

    /** Every mutation of the operation, in a fixed order: its parameters, body, media types, limits, credentials. */
    static List<Mutation> of(Baseline template) {
        List<Mutation> all = new ArrayList<>();
        for (Baseline.Declared parameter : template.parameters) {
            if (!template.credentialHeaders.contains(parameter.name())) {
                parameterMutations(parameter, all);
            }
        }
        if (template.body != null) {
            bodyMutations(template, all);
        }
        mediaTypeMutations(template, all);
        limitMutations(template, all);
        for (String header : template.credentialHeaders) {
            credentialMutations(header, all);
        }
        return all;
    }

    private static void parameterMutations(Baseline.Declared parameter, List<Mutation> all) {
        String in = parameter.in();
        String name = parameter.name();
        String where = in + ":" + name;
        all.add(parameter(where, "missing", in, name, null));
        all.add(parameter(where, "empty", in, name, ""));
        all.add(parameter(where, "overlong", in, name, "a".repeat(OVERLONG)));
        all.add(parameter(where, "pattern-breaking", in, name, "x y!<>\"{}"));
        for (String unicode : List.of("emoji", "nul", "c1", "lone-surrogate")) {
            if (in.equals("header")) {
                all.add(new Mutation("unicode", where + ":unicode:" + unicode, (baseline, random) -> {
                    baseline.header(name, RAW_UNICODE.get(unicode));
                    return baseline.render();
                }));
            } else {
                all.add(raw(
                        where, "unicode:" + unicode, in, name, "a" + ESCAPED_UNICODE.get(unicode) + "b", "unicode"));
            }
        }
        if (!in.equals("header")) {
            for (String escape : ESCAPES) {
                all.add(raw(where, "escape:" + escape, in, name, "ab" + escape + "cd", "escape"));
            }
        }
    }

    /** The parameter set to a value (escaped as a client would), or removed (null). */
    private static Mutation parameter(String where, String kind, String in, String name, String value) {
        return new Mutation(kind, where + ":" + kind, (baseline, random) -> {
            switch (in) {
                case "path" -> baseline.path.put(name, value == null ? "" : Baseline.encode(value));
                case "query" -> {
                    if (value == null) {
                        baseline.query.remove(name);
                    } else {
                        baseline.query.put(name, Baseline.encode(value));
                    }
                }
                default -> baseline.header(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
            }
            return baseline.render();
        });
    }

    /** The parameter set to text that goes on the wire as it is (escapes included). */
    private static Mutation raw(String where, String name, String in, String parameter, String wire, String kind) {
        return new Mutation(kind, where + ":" + name, (baseline, random) -> {
            (in.equals("path") ? baseline.path : baseline.query).put(parameter, wire);
            return baseline.render();
        });
    }

    private static void bodyMutations(Baseline template, List<Mutation> all) {
        all.add(body("missing", "body:missing", baseline -> {
            baseline.body = null;
            baseline.rawBody = null;
        }));
        all.add(rawBody("body:empty-object", "{}"));
        all.add(rawBody("body:null", "null"));
        all.add(rawBody("body:wrong-root", template.body != null && template.body.isArray() ? "{}" : "[]"));
        all.add(rawBody("body:string-root", "\"x\""));
        all.add(new Mutation("malformed-body", "body:truncated", (baseline, random) -> {
            byte[] whole = Baseline.write(baseline.body);
            baseline.rawBody = Arrays.copyOf(whole, Math.max(1, whole.length / 2));
            return baseline.render();
        }));
        all.add(rawBody("body:invalid", "{\"a\":}"));
        all.add(rawBody("body:single-quotes", "{'a':1}"));
        all.add(rawBody("body:two-documents", "{}{}"));
        all.add(rawBody("body:deeply-nested", "[".repeat(20_000) + "]".repeat(20_000)));
        all.add(rawBody("body:huge-number", "1e999999999"));
        all.add(new Mutation("malformed-body", "body:byte-order-mark", (baseline, random) -> {
            byte[] json = Baseline.write(baseline.body);
            ByteArrayOutputStream bom = new ByteArrayOutputStream();
            bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            bom.writeBytes(json);
            baseline.rawBody = bom.toByteArray();
            return baseline.render();
        }));
        all.add(new Mutation("malformed-body", "body:invalid-utf8", (baseline, random) -> {
            baseline.rawBody = new byte[] {'[', '"', 'a', (byte) 0xC3, '(', '"', ']'};
            return baseline.render();
        }));
        if (Baseline.readsXml(template.operation)) {
            all.add(new Mutation("malformed-body", "body:xml-doctype", (baseline, random) -> {
                baseline.contentType = "application/xml";
                baseline.rawBody = ("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                + "<a><username>&e;</username></a>")
                        .getBytes(StandardCharsets.UTF_8);
                return baseline.render();
            }));
            all.add(new Mutation("malformed-body", "body:xml-malformed", (baseline, random) -> {
                baseline.contentType = "application/xml";
                baseline.rawBody = "<a><b></a>".getBytes(StandardCharsets.UTF_8);
                return baseline.render();
            }));
        }
        for (JsonPointer member : members(template.body)) {
            String where = "member:" + member;
            all.add(member(
                    "missing-member", where + ":missing", member, (parent, field, random) -> remove(parent, field)));
            all.add(member(
                    "wrong-type",
                    where + ":null",
                    member,
                    (parent, field, random) -> set(parent, field, JsonNodeFactory.instance.nullNode())));
            all.add(member(
                    "wrong-type",
                    where + ":wrong-type",
                    member,
                    (parent, field, random) -> set(parent, field, wrongType(get(parent, field)))));
            all.add(member(
                    "overlong",
                    where + ":overlong",
                    member,
                    (parent, field, random) ->
                            set(parent, field, JsonNodeFactory.instance.textNode("a".repeat(OVERLONG)))));
            all.add(member(
                    "pattern-breaking",
                    where + ":pattern-breaking",
                    member,
                    (parent, field, random) -> set(parent, field, JsonNodeFactory.instance.textNode("x y!<>\"{}"))));
            all.add(member(
                    "deeply-nested",
                    where + ":deeply-nested",
                    member,
                    (parent, field, random) -> set(parent, field, JsonNodeFactory.instance.textNode(MARKER))));
            for (String unicode : List.of("emoji", "nul", "c1", "lone-surrogate")) {
                all.add(new Mutation(
                        "unicode",
                        where + ":unicode:" + unicode,
                        (baseline, random) -> withMarker(baseline, member, JSON_UNICODE.get(unicode))));
            }
        }
    }

    private static void mediaTypeMutations(Baseline template, List<Mutation> all) {
        if (template.body != null) {
            for (String type : CONTENT_TYPES) {
                all.add(new Mutation("content-type", "content-type:" + type, (baseline, random) -> {
                    baseline.contentType = type;
                    return baseline.render();
                }));
            }
            all.add(new Mutation("content-type", "content-type:none", (baseline, random) -> {
                baseline.contentType = null;
                return baseline.render();
            }));
        }
        for (String accept : ACCEPTS) {
            all.add(new Mutation("accept", "accept:" + accept, (baseline, random) -> {
                baseline.header("Accept", accept.getBytes(StandardCharsets.US_ASCII));
                return baseline.render();
            }));
        }
        all.add(new Mutation("accept", "accept:c1", (baseline, random) -> {
            baseline.header("Accept", RAW_UNICODE.get("c1"));
            return baseline.render();
        }));
    }

    private static void limitMutations(Baseline template, List<Mutation> all) {
        all.add(new Mutation("oversized-header", "header:oversized", (baseline, random) -> {
            baseline.headers.add(RawRequest.Header.of("X-Fuzz-Oversized", "a".repeat(40_000)));
            return baseline.render();
        }));
        all.add(new Mutation("oversized-header", "header:too-many", (baseline, random) -> {
            for (int i = 0; i < 150; i++) {
                baseline.headers.add(RawRequest.Header.of("X-Fuzz-" + i, "v"));
            }
            return baseline.render();
        }));
        all.add(new Mutation("oversized-query", "query:too-many-parameters", (baseline, random) -> {
            for (int i = 0; i < 150; i++) {
                baseline.query.put("fuzz" + i, "v");
            }
            return baseline.render();
        }));
        all.add(new Mutation("oversized-query", "query:long", (baseline, random) -> {
            baseline.query.put("fuzz", "a".repeat(20_000));
            return baseline.render();
        }));
        all.add(new Mutation("oversized-path", "path:long-segment", (baseline, random) -> {
            RawRequest request = baseline.render();
            return request.withTarget(request.path() + "/" + "a".repeat(20_000)
                    + request.target().substring(request.path().length()));
        }));
        all.add(new Mutation("escape", "path:repeated-slash", (baseline, random) -> {
            RawRequest request = baseline.render();
            return request.withTarget(request.target().replaceFirst("/", "//"));
        }));
        all.add(new Mutation("escape", "path:dot-segment", (baseline, random) -> {
            RawRequest request = baseline.render();
            return request.withTarget("/x/.." + request.target());
        }));
    }

    private static void credentialMutations(String header, List<Mutation> all) {
        String where = "credentials:" + header;
        all.add(new Mutation("credentials", where + ":missing", (baseline, random) -> {
            baseline.header(header, null);
            return baseline.render();
        }));
        for (String garbage : List.of("", "Bearer", "Bearer ", "Bearer a.b.c", "Basic Zm9vOmJhcg==", "no-such-key")) {
            all.add(new Mutation("credentials", where + ":garbage:" + garbage, (baseline, random) -> {
                baseline.header(header, garbage.getBytes(StandardCharsets.US_ASCII));
                return baseline.render();
            }));
        }
        all.add(new Mutation("credentials", where + ":control-bytes", (baseline, random) -> {
            baseline.header(header, RAW_UNICODE.get("c1"));
            return baseline.render();
        }));
        all.add(new Mutation("credentials", where + ":overlong", (baseline, random) -> {
            baseline.header(header, ("Bearer " + "a".repeat(OVERLONG)).getBytes(StandardCharsets.US_ASCII));
            return baseline.render();
        }));
        all.add(token(header, "alg-none", Tokens::unsigned));
        all.add(token(header, "foreign-key", Tokens::signedByAStranger));
        all.add(token(header, "expired", Tokens::expired));
    }

    /** A forged bearer token made from the valid one (kept as it is when the credentials are no JWT). */
    private static Mutation token(String header, String name, java.util.function.UnaryOperator<String> forge) {
        return new Mutation("credentials", "credentials:" + header + ":" + name, (baseline, random) -> {
            String jwt = Tokens.jwt(baseline.header(header));
            baseline.header(
                    header, ("Bearer " + (jwt == null ? "x" : forge.apply(jwt))).getBytes(StandardCharsets.US_ASCII));
            return baseline.render();
        });
    }

    private interface Body {
        void change(Baseline baseline);
    }

    private static Mutation body(String kind, String name, Body change) {
        return new Mutation(kind, name, (baseline, random) -> {
            change.change(baseline);
            return baseline.render();
        });
    }

    private static Mutation rawBody(String name, String text) {
        return body("malformed-body", name, baseline -> baseline.rawBody = text.getBytes(StandardCharsets.UTF_8));
    }

    private interface MemberChange {
        void change(JsonNode parent, String field, Random random);
    }

    private static Mutation member(String kind, String name, JsonPointer member, MemberChange change) {
        return new Mutation(kind, name, (baseline, random) -> {
            JsonNode parent = baseline.body.at(member.head());
            change.change(parent, member.last().getMatchingProperty(), random);
            if (kind.equals("deeply-nested")) {
                String text = new String(Baseline.write(baseline.body), StandardCharsets.UTF_8);
                baseline.rawBody = text.replace("\"" + MARKER + "\"", "[".repeat(20_000) + "]".repeat(20_000))
                        .getBytes(StandardCharsets.UTF_8);
            }
            return baseline.render();
        });
    }

    /** The member set to a JSON text written as it is (escapes a JSON writer would not produce). */
    private static RawRequest withMarker(Baseline baseline, JsonPointer member, String json) {
        set(
                baseline.body.at(member.head()),
                member.last().getMatchingProperty(),
                JsonNodeFactory.instance.textNode(MARKER));
        String text = new String(Baseline.write(baseline.body), StandardCharsets.UTF_8);
        baseline.rawBody = text.replace("\"" + MARKER + "\"", json).getBytes(StandardCharsets.UTF_8);
        return baseline.render();
    }

    /** The members of a body, depth first: every object member and the first item of every array. */
    static List<JsonPointer> members(JsonNode body) {
        List<JsonPointer> members = new ArrayList<>();
        collect(body, JsonPointer.empty(), members);
        return members;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> members) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonPointer member = at.appendProperty(name);
                members.add(member);
                collect(node.get(name), member, members);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            JsonPointer first = at.appendIndex(0);
            members.add(first);
            collect(node.get(0), first, members);
        }
    }

    private static JsonNode get(JsonNode parent, String field) {
        return parent.isArray() ? parent.get(Integer.parseInt(field)) : parent.get(field);
    }

    private static void set(JsonNode parent, String field, JsonNode value) {
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(field), value);
        } else if (parent instanceof ObjectNode object) {
            object.set(field, value);
        }
    }

    private static void remove(JsonNode parent, String field) {
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(field));
        } else if (parent instanceof ObjectNode object) {
            object.remove(field);
        }
    }

    /** A value of another JSON type than the member's. */
    private static JsonNode wrongType(JsonNode value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null || value.isTextual()) {
            return nodes.numberNode(42);
        }
        if (value.isNumber() || value.isBoolean()) {
            return nodes.textNode("not-" + value.asText());
        }
        if (value.isArray()) {
            return nodes.objectNode().put("a", 1);
        }
        return nodes.arrayNode().add(1);
    }
}
