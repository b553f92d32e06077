package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Recursive comparison of JSON key sets (field names at the same places), not values. */
final class Shapes {

    private Shapes() {
    }

    /** Same keys at every level (objects); arrays: first elements compared. */
    static void assertSameShape(JsonNode expected, JsonNode actual) {
        compare(expected, actual, "$", true);
    }

    /** Every key of expected exists at the same place in actual; actual may have more. */
    static void assertContainsShape(JsonNode expected, JsonNode actual) {
        compare(expected, actual, "$", false);
    }

    /** Same keys in the same order at the top level of both objects (recursion as assertSameShape). */
    static void assertSameOrderedKeys(JsonNode expected, JsonNode actual) {
        assertEquals(names(expected), names(actual), "key order");
        assertSameShape(expected, actual);
    }

    static List<String> names(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void compare(JsonNode expected, JsonNode actual, String at, boolean exact) {
        if (actual == null) {
            fail("missing " + at);
        }
        if (expected.isObject()) {
            assertTrue(actual.isObject(), at + " should be an object but is " + actual);
            Set<String> e = new TreeSet<>();
            expected.fieldNames().forEachRemaining(e::add);
            Set<String> a = new TreeSet<>();
            actual.fieldNames().forEachRemaining(a::add);
            if (exact) {
                assertEquals(e, a, "keys at " + at);
            } else {
                assertTrue(a.containsAll(e), "keys at " + at + ": expected at least " + e + " but got " + a);
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                compare(expected.get(k), actual.get(k), at + "." + k, exact);
            }
        } else if (expected.isArray()) {
            assertTrue(actual.isArray(), at + " should be an array but is " + actual);
            if (!expected.isEmpty() && !actual.isEmpty()) {
                compare(expected.get(0), actual.get(0), at + "[0]", exact);
            }
        } else if (!expected.isNull() && !actual.isNull()) {
            assertEquals(kind(expected), kind(actual), "JSON type at " + at + " (" + actual + ")");
        }
    }

    private static String kind(JsonNode n) {
        if (n.isNumber()) {
            return "number";
        }
        return n.getNodeType().toString();
    }
}
