package io.influenceatlas.scoring.client;

/**
 * The other service answered with a 4xx: the request was wrong (an unknown indicator, say), so
 * retrying cannot help and the circuit breaker must not count it as a failure of that service.
 */
public class SourceRejected extends RuntimeException {

    private final String service;
    private final int status;

    public SourceRejected(String service, int status, String detail) {
        super(service + " answered " + status + (detail == null ? "" : ": " + detail));
        this.service = service;
        this.status = status;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }
}
