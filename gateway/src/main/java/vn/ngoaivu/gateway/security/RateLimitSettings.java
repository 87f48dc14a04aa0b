package vn.ngoaivu.gateway.security;

import java.util.Map;
import java.util.Optional;

/**
 * Quotas per caller: each partner client by its client id (or the partner default), each anonymous
 * client address, each signed-in person; and the cap on requests in progress at once.
 *
 * @param anonymous      quota of each anonymous client address
 * @param partnerDefault quota of a partner client not listed in {@code clients}
 * @param staff          quota of each signed-in officer, leader or administrator
 * @param clients        quotas of named partner clients
 * @param clientIpHeader a header set by a trusted load balancer that carries the client's address
 *                       (e.g. X-Forwarded-For: its first entry); empty: the connection's peer address
 * @param maxConcurrent  requests served at once before the server answers 503
 */
public record RateLimitSettings(Quota anonymous, Quota partnerDefault, Quota staff, Map<String, Quota> clients,
                                Optional<String> clientIpHeader, int maxConcurrent) {

    public RateLimitSettings {
        clients = Map.copyOf(clients);
    }

    Quota forClient(String clientId) {
        return clients.getOrDefault(clientId, partnerDefault);
    }
}
