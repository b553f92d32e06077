package org.camelvzaps.client;

/**
 * A value an operation takes from outside its body: a path segment, a query parameter, or (for {@code request}) the
 * method and path. Each is looked up in the header {@code CamelVZaps<Name>}, then in the endpoint option of the same
 * name ({@link #name()}), so one route can serve many instances, chats or groups.
 */
public enum Param {
    instanceId(null),
    phone(null),
    messageId(null),
    logId(null),
    typebotId(null),
    sessionId(null),
    importScope(null),
    groupId("group_id"),
    page("page"),
    pageSize("page_size"),
    reset("reset"),
    httpMethod(null),
    path(null);

    private final String queryName;

    Param(String queryName) {
        this.queryName = queryName;
    }

    /** The exchange header carrying the value, e.g. {@code CamelVZapsGroupId}. */
    public String header() {
        return "CamelVZaps" + Character.toUpperCase(name().charAt(0)) + name().substring(1);
    }

    /** The endpoint option carrying the value when the header is absent. */
    public String option() {
        return name();
    }

    /** The query parameter's name on the wire ({@code group_id}, {@code page_size}), or null for a path value. */
    public String queryName() {
        return queryName;
    }

    /** Finds the parameter a path template placeholder such as {@code {typebotId}} names. */
    static Param ofPlaceholder(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Path placeholder {" + name + "} is not a Param", e);
        }
    }

    /** What to tell a user who did not give the value. */
    String howToSet() {
        return "set the " + header() + " header or the " + option() + " option";
    }
}
