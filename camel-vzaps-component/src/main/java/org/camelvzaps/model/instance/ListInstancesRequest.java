package org.camelvzaps.model.instance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /instances/list}: {@code page} (from 1), {@code size}, {@code filter} ({@code {query: "..."}}
 * for a text search), {@code sort} (a field such as {@code createdAt}) and {@code sortDesc}, which the API spells
 * in camelCase (as the API documents it) and is sent so.
 * <pre>{@code
 * ListInstancesRequest.of(1, 20).withQuery("support").sortedBy("createdAt", true)
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListInstancesRequest(
        @JsonProperty("page") Integer page,
        @JsonProperty("size") Integer size,
        @JsonProperty("filter") Map<String, Object> filter,
        @JsonProperty("sort") String sort,
        @JsonProperty("sortDesc") @JsonAlias("sort_desc") Boolean sortDesc) {

    public ListInstancesRequest {
        filter = filter == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(filter));
    }

    /** The API's defaults (page 1, 20 per page): an empty body. */
    public static ListInstancesRequest defaults() {
        return new ListInstancesRequest(null, null, null, null, null);
    }

    public static ListInstancesRequest of(Integer page, Integer size) {
        return new ListInstancesRequest(page, size, null, null, null);
    }

    public ListInstancesRequest withPage(Integer value) {
        return new ListInstancesRequest(value, size, filter, sort, sortDesc);
    }

    public ListInstancesRequest withSize(Integer value) {
        return new ListInstancesRequest(page, value, filter, sort, sortDesc);
    }

    public ListInstancesRequest withFilter(Map<String, ?> value) {
        return new ListInstancesRequest(page, size, value == null ? null : new LinkedHashMap<>(value), sort, sortDesc);
    }

    /** Text search: adds {@code query: text} to the filter. */
    public ListInstancesRequest withQuery(String text) {
        Map<String, Object> merged = filter == null ? new LinkedHashMap<>() : new LinkedHashMap<>(filter);
        merged.put("query", text);
        return withFilter(merged);
    }

    public ListInstancesRequest sortedBy(String field, Boolean descending) {
        return new ListInstancesRequest(page, size, filter, field, descending);
    }
}
