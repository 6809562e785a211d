import { describe, expect, it } from 'vitest';
import '../../../src/i18n/laterMessages';
import { alarmText } from '../../../src/domain/alarm/alarmText';
import { smsLink, smsPlatform } from '../../../src/domain/alarm/smsLink';
import { internationalPhoneNumber } from '../../../src/domain/phoneNumber';

const at = Date.UTC(2026, 10, 28, 20, 45); // Saturday 28 November 2026, 21:45 in Copenhagen
const found = { status: 'found', latitude: 55.6759412, longitude: 12.5655339, accuracyMeters: 12.4, at, lastKnown: false } as const;
const danishText = 'Jeg har brug for hjælp nu. Kør til Nørrebrogade, Ærø.';

/** The body a phone reads back from the link: everything after `body=`, percent-decoded. */
const bodyOf = (link: string) => decodeURIComponent(link.slice(link.indexOf('body=') + 'body='.length));

describe('the sms: link for the alarm text', () => {
  it('addresses one recipient in the RFC 5724 form on Android and with &body= on iOS', () => {
    expect(smsLink(['+4512345678'], 'Hjælp', 'android')).toBe('sms:+4512345678?body=Hj%C3%A6lp');
    expect(smsLink(['+4512345678'], 'Hjælp', 'ios')).toBe('sms:+4512345678&body=Hj%C3%A6lp');
  });

  it('addresses several recipients: commas on Android, open?addresses= on iOS', () => {
    const numbers = ['+4512345678', '+46701234567', '+4587654321'];
    expect(smsLink(numbers, 'x', 'android')).toBe('sms:+4512345678,+46701234567,+4587654321?body=x');
    expect(smsLink(numbers, 'x', 'ios')).toBe('sms://open?addresses=%2B4512345678,%2B46701234567,%2B4587654321&body=x');
  });

  it('opens the app with only the text when nobody is chosen', () => {
    expect(smsLink([], 'x', 'android')).toBe('sms:?body=x');
    expect(smsLink([], 'x', 'ios')).toBe('sms:&body=x');
  });

  it('keeps Danish letters, line breaks and the map link whole in the body on both platforms', () => {
    const text = alarmText({ startedAt: at, timeZone: 'Europe/Copenhagen', position: found, practice: false }, 'da');
    for (const platform of ['android', 'ios'] as const) {
      const link = smsLink(['+4512345678', '+4587654321'], `${danishText}\n${text}`, platform);
      // Nothing in the body can end it early or be read as another parameter.
      expect(link.slice(link.indexOf('body='))).not.toMatch(/[&?#\s,+]/);
      expect(bodyOf(link)).toBe(`${danishText}\n${text}`);
      expect(bodyOf(link)).toContain('55.67594, 12.56553');
      expect(bodyOf(link)).toContain('https://www.google.com/maps/search/?api=1&query=55.67594,12.56553');
    }
  });

  it('uses Apple’s form on iPhone and iPad (also when the iPad calls itself a Mac), the RFC form elsewhere', () => {
    expect(smsPlatform('Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15')).toBe('ios');
    expect(smsPlatform('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)')).toBe('ios');
    expect(smsPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15', 5)).toBe('ios');
    expect(smsPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15', 0)).toBe('android');
    expect(smsPlatform('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36')).toBe('android');
  });
});

describe('phone numbers that can get the alarm text', () => {
  it('reads Danish 8-digit numbers as people write them', () => {
    for (const typed of ['22345678', '22 34 56 78', '2234 5678', ' 22-34-56-78 ', '+45 22 34 56 78', '0045 22345678', '(+45) 22345678', '22.34.56.78']) {
      expect(internationalPhoneNumber(typed), typed).toBe('+4522345678');
    }
    expect(internationalPhoneNumber('20 30 40 50')).toBe('+4520304050');
    expect(internationalPhoneNumber('+45 20 30 40 50')).toBe('+4520304050');
    expect(internationalPhoneNumber('0045 20 30 40 50')).toBe('+4520304050');
  });

  it('reads numbers with a country code', () => {
    expect(internationalPhoneNumber('+46 70 123 45 67')).toBe('+46701234567');
    expect(internationalPhoneNumber('0046 70-123 45 67')).toBe('+46701234567');
    expect(internationalPhoneNumber('+1 (415) 555-0100')).toBe('+14155550100');
  });

  it('refuses what cannot get a text', () => {
    for (const typed of ['', '1234567', '123456789', '112', '02345678', '12345678', '+45 1234 567', '+45 123456789', '+0 123 456 789', '+123', 'Anna', '+45 20 30 40 5x', '+1234567890123456']) {
      expect(internationalPhoneNumber(typed), typed).toBeUndefined();
    }
  });
});
