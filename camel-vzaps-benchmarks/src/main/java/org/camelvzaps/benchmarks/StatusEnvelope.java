package org.camelvzaps.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.camelvzaps.model.session.SessionStatus;

/** The API's envelope around a getStatus answer, as a baseline without the component would declare it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusEnvelope(int code, boolean success, SessionStatus data) {
}
