/**
 * Links to the national systems (docs/national-systems.md): the electronic document system
 * ({@link vn.ngoaivu.registry.national.DocumentSystemConnector}) and the online public-service portal
 * ({@link vn.ngoaivu.registry.national.PublicServicePortalConnector},
 * {@link vn.ngoaivu.registry.national.PortalCallbackVerifier}).
 *
 * <p>Both go through {@link vn.ngoaivu.registry.national.ResilientHttp}: only the configured base URI is ever
 * called, with retries, a circuit breaker and a deadline. Answers are untrusted input: size-capped, parsed with
 * DTDs refused ({@link vn.ngoaivu.registry.national.SafeXml}) or strict JSON, and checked against the contract.
 */
package vn.ngoaivu.registry.national;
