package org.camelvzaps.sandbox;

import java.time.Duration;

/** The sandbox's configuration, fixed at build time except the card switch. */
final class Settings {

    final int port;
    final String bindAddress;
    final String clientToken;
    final String clientSecret;
    final Duration tokenLifetime;
    final Duration qrRotation;
    final int autoPairAfterQrFetches;
    final boolean connectEndpoint;
    final Duration eventGap;
    final Duration deliveryTimeout;
    final boolean qrKeySnakeCase;
    final int realtimePort;
    final int realtimeRetention;
    final int journalSize;
    volatile boolean cardOnFile;
    /** After a send: Delivered after this, Read after readDelay (both from the send); null: right after the Message. */
    final Duration deliveredDelay;
    final Duration readDelay;
    /** Recipients (phone digits) that never receive: no Delivered or Read receipt for messages sent to them. */
    final java.util.Set<String> unreachable = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Settings(int port, String bindAddress, String clientToken, String clientSecret, Duration tokenLifetime,
             Duration qrRotation, int autoPairAfterQrFetches, boolean cardOnFile, boolean connectEndpoint,
             Duration eventGap, Duration deliveryTimeout, boolean qrKeySnakeCase, int realtimePort,
             int realtimeRetention, int journalSize, Duration deliveredDelay, Duration readDelay) {
        this.port = port;
        this.bindAddress = bindAddress;
        this.clientToken = clientToken;
        this.clientSecret = clientSecret;
        this.tokenLifetime = tokenLifetime;
        this.qrRotation = qrRotation;
        this.autoPairAfterQrFetches = autoPairAfterQrFetches;
        this.cardOnFile = cardOnFile;
        this.connectEndpoint = connectEndpoint;
        this.eventGap = eventGap;
        this.deliveryTimeout = deliveryTimeout;
        this.qrKeySnakeCase = qrKeySnakeCase;
        this.realtimePort = realtimePort;
        this.realtimeRetention = realtimeRetention;
        this.journalSize = journalSize;
        this.deliveredDelay = deliveredDelay;
        this.readDelay = readDelay;
    }
}
