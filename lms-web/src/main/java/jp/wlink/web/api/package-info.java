/**
 * The REST API under {@code /api/v1}: JSON resources for sessions, the caller's own account and the
 * account list, described by MicroProfile OpenAPI and secured by {@code @RolesAllowed}.
 *
 * <p>Cross-site request forgery: an unsafe request (POST, PUT, PATCH, DELETE) must come from a page
 * of W/LINK itself, shown by a same-origin {@code Origin} (or {@code Referer} when a browser sends
 * no {@code Origin}), or, from a client that sends neither, carry {@code X-Requested-With:
 * XMLHttpRequest}, which a browser only lets another site send after a CORS preflight that W/LINK
 * never grants. Faces forms need none of this: their server-side ViewState is a token another site
 * cannot know.
 */
package jp.wlink.web.api;
