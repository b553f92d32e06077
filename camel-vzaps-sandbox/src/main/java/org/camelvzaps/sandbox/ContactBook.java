package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contacts of an instance: the ones added with contact/add (saved) and the people seen in messages (push name
 * only). user/contacts lists both, contact/list only the saved ones.
 */
final class ContactBook {

    private record Contact(String phone, String firstName, String fullName, String pushName, boolean saved, long seq) {
        ObjectNode toJson() {
            ObjectNode n = Json.object();
            n.put("jid", Phones.userJid(phone));
            n.put("phone", phone);
            n.put("first_name", firstName);
            n.put("full_name", fullName);
            n.put("push_name", pushName);
            return n;
        }
    }

    private final Map<String, Contact> contacts = new ConcurrentHashMap<>();
    private long seq;

    synchronized void add(String phone, String firstName, String fullName) {
        Contact old = contacts.get(phone);
        contacts.put(phone, new Contact(phone, firstName, fullName, old == null ? null : old.pushName(), true,
                old == null ? ++seq : old.seq()));
    }

    /** A message from or to this phone: remembers the push name, keeps saved names. */
    synchronized void seen(String phone, String pushName) {
        Contact old = contacts.get(phone);
        if (old == null) {
            contacts.put(phone, new Contact(phone, null, null, pushName, false, ++seq));
        } else if (pushName != null && !pushName.isEmpty()) {
            contacts.put(phone, new Contact(phone, old.firstName(), old.fullName(), pushName, old.saved(), old.seq()));
        }
    }

    synchronized String nameOf(String phone) {
        Contact c = contacts.get(phone);
        if (c == null) {
            return null;
        }
        return c.fullName() != null ? c.fullName() : c.pushName();
    }

    synchronized List<ObjectNode> list(boolean savedOnly) {
        return contacts.values().stream()
                .filter(c -> c.saved() || !savedOnly)
                .sorted(java.util.Comparator.comparingLong(Contact::seq))
                .map(Contact::toJson)
                .toList();
    }
}
