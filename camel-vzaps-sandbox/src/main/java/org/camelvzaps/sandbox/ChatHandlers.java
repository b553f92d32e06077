package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** Chat area: send text (emits Message, then ReadReceipt Delivered and Read) and simulated inbound messages. */
final class ChatHandlers {

    private static final Pattern PHONE = Pattern.compile("\\d{10,15}");

    private final Clock clock;
    private final Webhooks webhooks;

    ChatHandlers(Clock clock, Webhooks webhooks) {
        this.clock = clock;
        this.webhooks = webhooks;
    }

    ApiResponse sendText(ApiRequest req) {
        JsonNode body = req.body();
        String phone = requirePhone(Json.text(body, "phone"));
        String message = Json.text(body, "message");
        if (message == null || message.isEmpty()) {
            throw new ApiException(400, "message is required");
        }
        Instance instance = req.instance;
        if (!instance.connected()) {
            throw new ApiException(409, "instance is not connected");
        }
        String messageId = Ids.messageId();
        String chat = phone + "@s.whatsapp.net";
        Instant now = clock.instant();
        webhooks.emit(instance, List.of(
                Events.textMessage(messageId, chat, instance.jid(), true, instance.pushName(), message, now),
                Events.receipt("Delivered", chat, messageId, now),
                Events.receipt("Read", chat, messageId, now)));
        return ApiResponse.envelope(Json.object().put("message_id", messageId));
    }

    /** A contact writes to the instance: inbound Message event. */
    String inbound(Instance instance, String phone, String pushName, String text) {
        if (phone == null || !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("phone must be 10 to 15 digits");
        }
        if (!instance.connected()) {
            throw new IllegalStateException("instance is not connected: " + instance.id);
        }
        String messageId = Ids.messageId();
        String jid = phone + "@s.whatsapp.net";
        webhooks.emit(instance, Events.textMessage(messageId, jid, jid, false,
                pushName == null ? "" : pushName, text == null ? "" : text, clock.instant()));
        return messageId;
    }

    private static String requirePhone(String phone) {
        if (phone == null || !PHONE.matcher(phone).matches()) {
            throw new ApiException(400, "phone must be digits only, country code first, 10 to 15 digits");
        }
        return phone;
    }
}
