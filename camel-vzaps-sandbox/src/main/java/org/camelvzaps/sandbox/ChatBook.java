package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The chats of an instance: created by the first message to or from a JID, changed by the chats/{phone} verbs. */
final class ChatBook {

    static final List<String> EXPIRATIONS = List.of("24_HOURS", "7_DAYS", "90_DAYS", "OFF");

    /** One chat's state. */
    static final class Chat {
        final String jid;
        private String name;
        private boolean archived;
        private boolean pinned;
        private boolean muted;
        private Instant muteUntil;
        private boolean markedUnread;
        private int unreadCount;
        private String expiration = "OFF";
        private Instant lastMessageAt;

        Chat(String jid, String name) {
            this.jid = jid;
            this.name = name;
        }

        synchronized void message(String newName, Instant at, boolean incoming) {
            if (newName != null && !newName.isEmpty()) {
                name = newName;
            }
            lastMessageAt = at;
            if (incoming) {
                unreadCount++;
            }
            archived = archived && !incoming; // a new incoming message brings an archived chat back
        }

        synchronized void archive(boolean on) {
            archived = on;
        }

        synchronized void pin(boolean on) {
            pinned = on;
        }

        synchronized void mute(boolean on, Instant until) {
            muted = on;
            muteUntil = on ? until : null;
        }

        synchronized void read(boolean read) {
            markedUnread = !read;
            if (read) {
                unreadCount = 0;
            }
        }

        synchronized void readOne() {
            unreadCount = Math.max(0, unreadCount - 1);
        }

        synchronized void clear() {
            unreadCount = 0;
            markedUnread = false;
        }

        synchronized void expiration(String value) {
            expiration = value;
        }

        synchronized void rename(String newName) {
            name = newName;
        }

        synchronized boolean pinned() {
            return pinned;
        }

        synchronized Instant lastMessageAt() {
            return lastMessageAt;
        }

        /** The answer of getChat/listChats, read by the component as ChatInfo. */
        synchronized ObjectNode toJson(Instant now) {
            if (muted && muteUntil != null && !now.isBefore(muteUntil)) {
                mute(false, null);
            }
            ObjectNode n = Json.object();
            n.put("jid", jid);
            n.put("phone", Phones.user(jid));
            n.put("name", name);
            n.put("archived", archived);
            n.put("pinned", pinned);
            n.put("muted", muted);
            n.put("mute_until", Json.iso(muteUntil));
            n.put("marked_unread", markedUnread);
            n.put("unread_count", unreadCount);
            n.put("expiration", expiration);
            n.put("last_message_at", Json.iso(lastMessageAt));
            return n;
        }
    }

    private final Map<String, Chat> chats = new ConcurrentHashMap<>();

    /** Records a message in the chat, creating the chat on its first message. */
    Chat message(String jid, String name, Instant at, boolean incoming) {
        Chat chat = chats.computeIfAbsent(jid, k -> new Chat(k, name == null || name.isEmpty() ? Phones.user(k) : name));
        chat.message(name, at, incoming);
        return chat;
    }

    Chat require(String jid) {
        Chat chat = chats.get(jid);
        if (chat == null) {
            throw new ApiException(404, "chat not found: " + jid);
        }
        return chat;
    }

    java.util.Optional<Chat> find(String jid) {
        return java.util.Optional.ofNullable(chats.get(jid));
    }

    void remove(String jid) {
        require(jid);
        chats.remove(jid);
    }

    /** Pinned first, then the most recent message first. */
    List<Chat> list() {
        return chats.values().stream()
                .sorted(Comparator.comparing(Chat::pinned).reversed()
                        .thenComparing(Chat::lastMessageAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }
}
