// The sms: link that opens the phone's messaging app with every recipient and the text filled in. RFC 5724 writes
// `sms:+4512345678,+4587654321?body=...`; Android's messaging apps follow it. iOS Messages reads `&body=` after a single
// number and takes several recipients only through `sms://open?addresses=a,b&body=...`.

export type SmsPlatform = 'ios' | 'android';

/** iPhone, iPad (which calls itself a Mac but has a touch screen) and iPod use Apple's form; every other phone RFC 5724's. */
export function smsPlatform(userAgent: string, maxTouchPoints = 0): SmsPlatform {
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
  if (/Macintosh/.test(userAgent) && maxTouchPoints > 1) return 'ios';
  return 'android';
}

/** `numbers` in international form (internationalPhoneNumber); none opens the app with only the text. */
export function smsLink(numbers: readonly string[], body: string, platform: SmsPlatform): string {
  const text = encodeURIComponent(body);
  if (platform === 'android') return `sms:${numbers.join(',')}?body=${text}`;
  if (numbers.length > 1) return `sms://open?addresses=${numbers.map(encodeURIComponent).join(',')}&body=${text}`;
  return `sms:${numbers[0] ?? ''}&body=${text}`;
}
