import { describe, expect, it } from 'vitest';
import { neutralSiteUrl } from '../../src/domain/neutralSite';

describe('the neutral website for quick exit', () => {
  it('takes a bare host name or a full https address', () => {
    expect(neutralSiteUrl('dr.dk')).toBe('https://dr.dk/');
    expect(neutralSiteUrl('  www.dmi.dk/vejr ')).toBe('https://www.dmi.dk/vejr');
    expect(neutralSiteUrl('https://www.bbc.co.uk/weather')).toBe('https://www.bbc.co.uk/weather');
  });

  it('refuses what would not lead to an ordinary website', () => {
    for (const typed of ['', '   ', 'http://dr.dk', 'javascript:alert(1)', 'data:text/html,hi', 'dr', 'dr .dk', 'https://user:pw@dr.dk', 'https://127.0.0.1', 'ftp://dr.dk']) {
      expect(neutralSiteUrl(typed), typed).toBeUndefined();
    }
  });

  it('refuses Spor’s own address, which would not leave at all', () => {
    expect(neutralSiteUrl('https://spor.example.org/', 'https://spor.example.org')).toBeUndefined();
  });
});
