package org.camelvzaps.sandbox;

/**
 * One area of the simulated API (instances, session, chats, ...): it registers its own routes, so adding an operation
 * touches only the area that serves it.
 */
interface SandboxArea {

    void register(RouteTable.Registrar routes);
}
