package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens when a message goes out or comes in: it is logged, its chat and contact are updated, and the events a
 * real instance emits go out through the {@link EventHub} (outgoing: Message, then ReadReceipt Delivered and Read,
 * at once or after the configured receipt delays, and none for an unreachable recipient; incoming: Message).
 * Outgoing work goes through the instance's queue.
 */
final class MessageFlow {

    private final Settings settings;
    private final Clock clock;
    private final EventHub events;
    private final MediaStore media;

    MessageFlow(Settings settings, Clock clock, EventHub events, MediaStore media) {
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.media = media;
    }

    /** Sends (or queues, while the queue is held) a message to the chat; answers its id (the client's id if given). */
    String send(Instance instance, String chat, String kind, MessageContent content, String clientId) {
        String messageId = clientId != null && !clientId.isEmpty() ? clientId : Ids.messageId();
        instance.queue.submit(WorkQueue.Lane.MESSAGES, messageId, Phones.user(chat), kind, clock.instant(),
                () -> deliver(instance, chat, content, messageId));
        return messageId;
    }

    private void deliver(Instance instance, String chat, MessageContent content, String messageId) {
        Instant now = clock.instant();
        instance.messages.record(new MessageLog.Entry(messageId, chat, true, content.node(), content.text(),
                content.pollOptions()));
        instance.chats.message(chat, nameOf(instance, chat), now, false);
        List<ObjectNode> batch = new ArrayList<>();
        batch.add(Events.message(new Events.Info(messageId, chat, instance.jid(), true, instance.pushName(), now),
                content, mediaUrl(content)));
        boolean reachable = !settings.unreachable.contains(Phones.user(chat));
        if (reachable && settings.deliveredDelay == null) {
            batch.add(Events.receipt("Delivered", chat, messageId, now));
            batch.add(Events.receipt("Read", chat, messageId, now));
        }
        events.emit(instance, batch);
        if (reachable && settings.deliveredDelay != null) {
            events.emitLater(instance, settings.deliveredDelay,
                    () -> Events.receipt("Delivered", chat, messageId, clock.instant()));
            events.emitLater(instance, settings.readDelay,
                    () -> Events.receipt("Read", chat, messageId, clock.instant()));
        }
    }

    /** A contact writes to the instance: logged, chat unread count up (unless auto-read), Message event. */
    String receive(Instance instance, String phone, String pushName, MessageContent content) {
        String messageId = Ids.messageId();
        String jid = Phones.userJid(phone);
        Instant now = clock.instant();
        String name = pushName == null ? "" : pushName;
        instance.messages.record(new MessageLog.Entry(messageId, jid, false, content.node(), content.text(),
                content.pollOptions()));
        instance.contacts.seen(phone, name);
        instance.chats.message(jid, nameOf(instance, jid), now, !instance.autoReadMessages());
        events.emit(instance, Events.message(new Events.Info(messageId, jid, jid, false, name, now), content,
                mediaUrl(content)));
        return messageId;
    }

    /** The Message event of an action of the account on a message (reaction, vote, edit, revoke). */
    void emitOwn(Instance instance, String chat, MessageContent content) {
        events.emit(instance, Events.message(new Events.Info(Ids.messageId(), chat, instance.jid(), true,
                instance.pushName(), clock.instant()), content, null));
    }

    private String mediaUrl(MessageContent content) {
        return content.media() == null ? null : media.url(content.media());
    }

    private static String nameOf(Instance instance, String chat) {
        if (Phones.isGroup(chat)) {
            return instance.groups.find(chat).map(GroupBook.Group::name).orElse(null);
        }
        return instance.contacts.nameOf(Phones.user(chat));
    }
}
