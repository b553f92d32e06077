package org.camelvzaps.sandbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The messages an instance sent and received, by id, so later calls (react, edit, vote, markread...) can find them. */
final class MessageLog {

    /** One message; text, reaction and deletion change after the fact. */
    static final class Entry {
        final String id;
        final String chat;
        final boolean fromMe;
        /** The message node's name: conversation, image_message, poll_creation_message, ... */
        final String node;
        final List<String> pollOptions;
        private String text;
        private String reaction;
        private boolean deleted;
        private boolean read;

        Entry(String id, String chat, boolean fromMe, String node, String text, List<String> pollOptions) {
            this.id = id;
            this.chat = chat;
            this.fromMe = fromMe;
            this.node = node;
            this.text = text;
            this.pollOptions = List.copyOf(pollOptions);
        }

        synchronized String text() {
            return text;
        }

        synchronized void edit(String newText) {
            text = newText;
        }

        synchronized String reaction() {
            return reaction;
        }

        synchronized void react(String emoji) {
            reaction = emoji == null || emoji.isEmpty() ? null : emoji;
        }

        synchronized void delete() {
            deleted = true;
        }

        synchronized boolean deleted() {
            return deleted;
        }

        /** Marks an incoming message read; false when it already was. */
        synchronized boolean markRead() {
            boolean was = read;
            read = true;
            return !was;
        }
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();

    void record(Entry entry) {
        byId.put(entry.id, entry);
    }

    /** The message (not deleted) with this id, else 404. */
    Entry require(String messageId) {
        Entry e = messageId == null ? null : byId.get(messageId);
        if (e == null || e.deleted()) {
            throw new ApiException(404, "message not found: " + messageId);
        }
        return e;
    }

    /** The message with this id in this chat, else 404. */
    Entry require(String messageId, String chat) {
        Entry e = require(messageId);
        if (!e.chat.equals(chat)) {
            throw new ApiException(404, "message " + messageId + " not found in chat " + chat);
        }
        return e;
    }

    void forgetChat(String chat) {
        byId.values().removeIf(e -> e.chat.equals(chat));
    }
}
