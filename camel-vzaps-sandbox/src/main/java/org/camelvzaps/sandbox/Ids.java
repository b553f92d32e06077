package org.camelvzaps.sandbox;

import java.security.SecureRandom;

/** Random identifiers in the formats the platform uses. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789ABCDEF";

    private Ids() {
    }

    static String chars(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    static String hex(int length) {
        return chars(HEX, length).toLowerCase();
    }

    static String instanceId() {
        return "VZ" + chars(UPPER_ALNUM, 26);
    }

    static String instanceToken() {
        return "inst_" + chars(LOWER_ALNUM, 24);
    }

    static String requestId() {
        return "req_" + hex(16);
    }

    static String messageId() {
        return "3EB0" + chars(HEX, 16);
    }

    static String logId() {
        return "wlog_" + hex(16);
    }

    static String secret(String prefix) {
        return prefix + chars(LOWER_ALNUM, 32);
    }

    static String digits(int length) {
        return chars("0123456789", length);
    }

    static String base64(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return java.util.Base64.getEncoder().encodeToString(b);
    }

    static String typebotId() {
        return "tb_" + hex(16);
    }

    static String typebotSessionId() {
        return "tbs_" + hex(16);
    }

    /** WhatsApp phone-pairing code: 8 characters of WhatsApp's alphabet, shown as XXXX-XXXX. */
    static String linkingCode() {
        String code = chars("123456789ABCDEFGHJKLMNPQRSTVWXYZ", 8);
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    static String groupJid() {
        return "120363" + digits(12) + "@g.us";
    }

    static String inviteCode() {
        return chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 22);
    }

    static int nextInt(int bound) {
        return RANDOM.nextInt(bound);
    }

    static double nextDouble() {
        return RANDOM.nextDouble();
    }
}
