/**
 * Hands an sms: or tel: link to the phone, as a tap on a link would. The browser may refuse it without a recent tap
 * (the alarm screen then keeps the same link as a large button); it never leaves this page for another website.
 */
export function openExternal(href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
