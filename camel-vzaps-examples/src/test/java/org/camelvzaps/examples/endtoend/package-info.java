/**
 * End-to-end tests: the component against the sandbox, through real HTTP, with no demo in between.
 * {@code EveryOperationAgainstSandboxTest} calls every operation of the catalog; {@code ComponentAgainstSandboxTest}
 * covers what only works when the component and the sandbox agree on the API (tokens, auth, rate limits, checkout,
 * webhook registration with real deliveries). The tests of the runnable demos are in {@code org.camelvzaps.examples}.
 */
package org.camelvzaps.examples.endtoend;
