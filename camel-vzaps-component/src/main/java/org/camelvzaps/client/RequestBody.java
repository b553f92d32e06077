package org.camelvzaps.client;

/**
 * What an operation sends as its JSON request body.
 */
public enum RequestBody {
    /** No body is sent, whatever the caller gives. */
    NONE,
    /** A body is required. */
    REQUIRED,
    /** The caller's JSON object when given, else {@code {}}. */
    OPTIONAL_DEFAULT_EMPTY_OBJECT
}
