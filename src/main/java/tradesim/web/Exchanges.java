package tradesim.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP plumbing of the classroom server: reading a request body within the size limit, parsing a
 * query string, and sending JSON, errors and files.
 */
final class Exchanges {

    private Exchanges() {
    }

    /** The body of a POST, read within the size limit and parsed as a run request. */
    static RunRequest request(HttpExchange ex, ObjectMapper json) throws IOException, ApiError {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("Content-Length: found '" + length + "' (expected a number of bytes)");
            }
            if (declared > ClassroomServer.MAX_BODY_BYTES) {
                if (declared <= 4L * ClassroomServer.MAX_BODY_BYTES) {
                    try (InputStream in = ex.getRequestBody()) {
                        in.readNBytes((int) declared); // so the client, still sending, reads the 413
                    }
                }
                throw tooLarge();
            }
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(ClassroomServer.MAX_BODY_BYTES + 1);
            if (body.length > ClassroomServer.MAX_BODY_BYTES) {
                // Read on a little, so a client still sending gets the 413 rather than a reset connection.
                in.readNBytes(3 * ClassroomServer.MAX_BODY_BYTES);
                throw tooLarge();
            }
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ApiError.badRequest("body: not valid JSON" + where + ": " + e.getOriginalMessage()
                    .lines().findFirst().orElse(""));
        }
        if (node == null || node.isMissingNode()) {
            throw ApiError.badRequest("body: empty (expected a JSON object with at least \"scenario\")");
        }
        return RunRequest.of(node);
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "the request body is too large", List.of("body: larger than " + ClassroomServer.MAX_BODY_BYTES
                + " bytes (expected at most 1 MB)"));
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String v = eq < 0 ? "" : part.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the parameter is simply not there
            }
        }
        return out;
    }

    static void sendError(HttpExchange ex, ObjectMapper json, ApiError e) throws IOException {
        ObjectNode o = json.createObjectNode();
        o.put("error", e.getMessage());
        ArrayNode p = o.putArray("problems");
        e.problems().forEach(p::add);
        sendJson(ex, json, e.status(), o);
    }

    static void sendJson(HttpExchange ex, ObjectMapper json, int status, JsonNode body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", json.writeValueAsBytes(body));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
        }
    }
}
