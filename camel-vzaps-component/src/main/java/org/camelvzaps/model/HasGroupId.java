package org.camelvzaps.model;

/**
 * A group request body with a {@code group_id} field. The producer fills a missing group id from the
 * {@code CamelVZapsGroupId} header through {@link #withGroupId(String)}.
 *
 * @param <T> the request type itself
 */
public interface HasGroupId<T extends HasGroupId<T>> {

    /** The group JID ({@code 120363025246125486@g.us}), or null when not set yet. */
    String groupId();

    /** A copy of this request with the group id replaced. */
    T withGroupId(String groupId);
}
