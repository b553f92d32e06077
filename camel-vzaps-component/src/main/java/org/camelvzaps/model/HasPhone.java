package org.camelvzaps.model;

/**
 * A request body with a {@code phone} field (the recipient or the contact: digits, country code first, e.g.
 * {@code 5511999999999}, or a JID). The producer fills a missing phone from the {@code CamelVZapsPhone} header
 * through {@link #withPhone(String)}, whatever the concrete request is.
 *
 * @param <T> the request type itself
 */
public interface HasPhone<T extends HasPhone<T>> {

    /** The phone, or null when not set yet. */
    String phone();

    /** A copy of this request with the phone replaced. */
    T withPhone(String phone);
}
