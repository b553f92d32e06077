/**
 * Shared state for a fleet of replicas: {@link org.camelvzaps.state.JdbcStateRepository} keeps resume cursors in SQL,
 * {@link org.camelvzaps.state.JdbcIdempotentRepository} keeps processed event ids under leases, so an event in the
 * route of a replica that dies is routed by another one.
 */
package org.camelvzaps.state;
