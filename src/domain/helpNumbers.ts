/** Numbers to call, for the tel: link (international form where it is not a short code) and as people write them. */
export const helpNumbers = {
  emergency: { tel: '112', shown: '112' },
  police: { tel: '114', shown: '114' },
  /** Dansk Stalking Center's counselling line: anonymous and free. */
  counselling: { tel: '+4525177374', shown: '25 17 73 74' },
} as const;
