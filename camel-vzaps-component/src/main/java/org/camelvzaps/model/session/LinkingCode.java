package org.camelvzaps.model.session;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code GET /instances/{id}/session/paircode/{phone}}: the code ({@code 9H3J-H3J8}) the person types in
 * WhatsApp (Linked devices, link with phone number) instead of scanning a QR code. Read from {@code LinkingCode}
 * (API reference) or {@code linking_code} (SDK pages).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkingCode(@JsonProperty("LinkingCode") @JsonAlias({"linking_code", "linkingCode"}) String code) {
}
