package org.camelvzaps.client;

/**
 * Which credentials an API call accepts (docs/api-notes.md, "Authentication").
 */
public enum AuthScope {
    /** No credentials (only {@code POST /token}). */
    NONE,
    /** Owner JWT only; an instance token is no substitute. */
    JWT,
    /** Owner JWT, or {@code X-Instance-Token} together with {@code X-Client-Token}. */
    JWT_OR_INSTANCE_TOKEN
}
