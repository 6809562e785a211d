import { securityHeaders } from '../../scripts/csp.mjs';

/**
 * The same security headers the project's server sends, set on a response the service worker serves: on a host
 * that sends none, the page still gets frame-ancestors, nosniff and the referrer policy, and a worker script its
 * CSP (a meta tag does not govern workers). Opaque responses cannot be rewrapped and are passed on as they are.
 */
export function withSecurityHeaders(response: Response): Response {
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(securityHeaders)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
