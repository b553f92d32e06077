/** Shared state for a fleet of replicas: {@link org.camelvzaps.state.JdbcStateRepository} keeps resume cursors in SQL. */
package org.camelvzaps.state;
