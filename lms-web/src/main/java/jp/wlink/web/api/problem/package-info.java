/**
 * Errors of the REST API as RFC 9457 problem details ({@code application/problem+json}): a stable
 * type URI per kind of problem, a title and detail in the caller's language (Japanese unless {@code
 * Accept-Language} prefers English), the status and the request it concerns. Stack traces never
 * leave the server.
 */
package jp.wlink.web.api.problem;
