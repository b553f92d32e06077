package org.camelvzaps.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an option of {@link VZapsConfiguration} that shapes the REST client (where it connects, as whom, with which
 * timeouts, pool, retries, proxy or TLS): endpoints that differ in any marked option get their own client, endpoints
 * equal in all of them share one (one connection pool, one JWT cache). Adding an option that shapes the client is
 * one marked field; {@link HttpClientKey} reads them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface ClientSetting {
}
