package org.camelvzaps.client;

/**
 * The names of the headers an operation's answer sets (declared per operation in {@link VZapsOperation}). The Camel
 * side's {@code VZapsConstants} documents them under the same constants, which point here, so each name is written
 * once.
 */
public final class AnswerHeaders {

    /** The instance an answer names (createInstance, getInstance). */
    public static final String INSTANCE_ID = "CamelVZapsInstanceId";
    /** The checkout URL of a subscription answered with one. */
    public static final String CHECKOUT_URL = "CamelVZapsCheckoutUrl";
    /** The id of the message a send created. */
    public static final String MESSAGE_ID = "CamelVZapsMessageId";
    /** The media type of downloaded media. */
    public static final String CONTENT_TYPE = "Content-Type";

    private AnswerHeaders() {
    }
}
