package org.lastmile.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Function;
import org.lastmile.sync.protocol.EnrolAnswer;
import org.lastmile.sync.protocol.EnrolRequest;
import org.lastmile.sync.protocol.Endpoints;
import org.lastmile.sync.protocol.Wire;

/** Enrols this device with a one-time code from the office and keeps what the court answers. */
public final class CourtEnrolment {

    private final HttpClient http;
    private final SyncState state;
    private final Duration timeout;

    public CourtEnrolment(HttpClient http, SyncState state, Duration timeout) {
        this.http = http;
        this.state = state;
        this.timeout = timeout;
    }

    /**
     * @throws CourtFault when the court cannot be reached or refuses the code (status 4xx)
     */
    public Enrolment enrol(URI server, String code, String deviceName, String caPem) throws CourtFault {
        ObjectMapper wire = Wire.mapper();
        HttpRequest request = HttpRequest.newBuilder(HttpCourtLink.resolve(server, Endpoints.ENROL)).timeout(timeout)
                .header("Content-Type", Wire.JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Wire.write(wire, new EnrolRequest(code, deviceName))))
                .build();
        EnrolAnswer answer = HttpCourtLink.send(http, wire, request, EnrolAnswer.class, Function.identity());
        Enrolment e = new Enrolment(server, answer.deviceId().toString(), answer.token(), caPem, answer.officerId(),
                answer.courtCode(), answer.receiptKey());
        state.enrol(e);
        return e;
    }
}
