package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.regex.Pattern;

/** Phone numbers and WhatsApp JIDs: digits only, country code first, 10 to 15 digits; groups end in @g.us. */
final class Phones {

    static final String USER_SERVER = "@s.whatsapp.net";
    static final String GROUP_SERVER = "@g.us";
    private static final Pattern DIGITS = Pattern.compile("\\d{10,15}");
    /** A group id without its server: longer than a phone, or the old owner-timestamp form. */
    private static final Pattern GROUP_ID = Pattern.compile("\\d{18,40}|\\d{10,15}-\\d{6,12}");
    private static final Pattern JID = Pattern.compile("(\\d{10,15}@s\\.whatsapp\\.net|[0-9-]{6,40}@g\\.us|\\d{6,20}@lid)");

    private Phones() {
    }

    static boolean valid(String phone) {
        return phone != null && DIGITS.matcher(phone).matches();
    }

    /** The required body field {@code phone} as digits; 400 otherwise. */
    static String require(JsonNode body) {
        return require(Json.text(body, "phone"), "phone");
    }

    static String require(String phone, String field) {
        if (!valid(phone)) {
            throw new ApiException(400, field + " must be digits only, country code first, 10 to 15 digits");
        }
        return phone;
    }

    /** The chat a phone, group id or full JID designates (sends, chats/{phone}); 400 for anything else. */
    static String chatJid(String phoneOrJid, String field) {
        if (valid(phoneOrJid)) {
            return phoneOrJid + USER_SERVER;
        }
        if (phoneOrJid != null && JID.matcher(phoneOrJid).matches()) {
            return phoneOrJid;
        }
        if (phoneOrJid != null && GROUP_ID.matcher(phoneOrJid).matches()) {
            return phoneOrJid + GROUP_SERVER;
        }
        throw new ApiException(400, field + " must be a phone (10 to 15 digits), a group id or a full JID");
    }

    static String userJid(String phone) {
        return phone + USER_SERVER;
    }

    static boolean isGroup(String jid) {
        return jid.endsWith(GROUP_SERVER);
    }

    /** A stable profile picture id for the phone (status, user/info). */
    static String pictureId(String phone) {
        return String.valueOf(1_000_000_000L + Math.abs(phone.hashCode() % 1_000_000_000L));
    }

    /** The user part of a JID (the phone for user JIDs). */
    static String user(String jid) {
        int at = jid.indexOf('@');
        return at < 0 ? jid : jid.substring(0, at);
    }
}
