package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/** chat/send/&lt;kind&gt; for every kind of message: validates, answers {message_id}, emits the message's events. */
final class SendHandlers implements SandboxArea {

    private final MessageComposer composer;
    private final MessageFlow flow;

    SendHandlers(MessageComposer composer, MessageFlow flow) {
        this.composer = composer;
        this.flow = flow;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        for (String kind : composer.kinds()) {
            routes.add("POST", "/instances/{id}/chat/send/" + kind, JWT_OR_INSTANCE, req -> send(kind, req));
        }
    }

    /** phone (digits, or a group / full JID) is required; 409 while the instance is not paired. */
    private ApiResponse send(String kind, ApiRequest req) {
        JsonNode body = req.body();
        String chat = Phones.chatJid(Json.text(body, "phone"), "phone");
        Instance instance = req.connectedInstance();
        MessageContent content = composer.compose(kind, instance.id, body);
        String messageId = flow.send(instance, chat, kind, content, Fields.optionalText(body, "id"));
        return ApiResponse.envelope(Json.object().put("message_id", messageId));
    }
}
