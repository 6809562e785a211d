import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../scripts/csp.mjs';
import { withSecurityHeaders } from '../../src/sw/securityHeaders';

describe('security headers from the service worker', () => {
  it('sets every header on a served response and keeps its status, type and body', async () => {
    const served = withSecurityHeaders(new Response('<p>hi</p>', { status: 200, headers: { 'Content-Type': 'text/html', 'Referrer-Policy': 'unsafe-url' } }));
    for (const [name, value] of Object.entries(securityHeaders)) expect(served.headers.get(name)).toBe(value);
    expect(served.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(served.headers.get('Content-Type')).toBe('text/html');
    expect(served.status).toBe(200);
    expect(await served.text()).toBe('<p>hi</p>');
  });

  it('has no directive an engine rejects (WebKit logs an error for manifest-src)', () => {
    expect(securityHeaders['Content-Security-Policy']).not.toContain('manifest-src');
  });

  it('the README gives the very same lines for nginx, Caddy and a _headers file', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
      expect(readme).toContain(`  ${name} "${value}"\n`);
      expect(readme).toContain(`  ${name}: ${value}\n`);
    }
  });
});
