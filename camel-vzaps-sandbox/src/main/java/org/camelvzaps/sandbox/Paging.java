package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Page number (from 1) and page size of a list call; sizes are capped at 100, default 20. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 20;

    /** From a JSON body: {@code page}, {@code size}. */
    static Paging of(JsonNode body) {
        return of(body.path("page").asInt(1), body.path("size").asInt(DEFAULT_SIZE));
    }

    /** From the query string: {@code page}, {@code page_size} (also {@code pageSize}). */
    static Paging of(ApiRequest req) {
        return of(parse(req.query("page"), 1, "page"), parse(req.query("page_size", "pageSize"), DEFAULT_SIZE, "page_size"));
    }

    private static Paging of(int page, int size) {
        return new Paging(Math.max(1, page), Math.max(1, Math.min(100, size)));
    }

    <T> List<T> slice(List<T> items) {
        return items.stream().skip((long) (page - 1) * size).limit(size).toList();
    }

    /** Adds page, size, total and total_pages to the object. */
    ObjectNode describe(ObjectNode target, int total) {
        target.put("page", page);
        target.put("size", size);
        target.put("total", total);
        target.put("total_pages", (total + size - 1) / size);
        return target;
    }

    private static int parse(String value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + " must be an integer");
        }
    }
}
