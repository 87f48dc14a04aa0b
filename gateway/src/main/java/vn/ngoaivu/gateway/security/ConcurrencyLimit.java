package vn.ngoaivu.gateway.security;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;

import java.util.concurrent.Semaphore;

/** Caps the requests in progress at once: past the cap the server sheds load with 503 instead of queueing. */
public final class ConcurrencyLimit implements Filter {

    private final Semaphore permits;

    public ConcurrencyLimit(int maxConcurrent) {
        this.permits = new Semaphore(maxConcurrent);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (!permits.tryAcquire()) {
            throw new ProblemException(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                            "Máy chủ đang quá tải, vui lòng thử lại.", "The server is at capacity; please retry.")
                    .withHeader("Retry-After", "1"));
        }
        try {
            chain.proceed();
        } finally {
            permits.release();
        }
    }
}
