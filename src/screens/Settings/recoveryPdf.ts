import { formatInstant } from '../../i18n/dates';
import type { Language } from '../../i18n/define';
import { t } from '../../i18n';

// One printable page with the recovery code. jsPDF loads only when the person asks for it. The page names Spor and
// nothing of what it is for. Helvetica draws Danish letters; the code itself is Crockford base32 (ASCII only).

export async function recoveryCodePdf(code: string, language: Language, now = Date.now()): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  pdf.setProperties({ title: t('recoveryPdf.title') });
  pdf.setFont('helvetica', 'bold').setFontSize(20).text(t('recoveryPdf.title'), 20, 30);
  pdf.setFont('courier', 'bold').setFontSize(22).text(code, 20, 55);
  pdf.setFont('helvetica', 'normal').setFontSize(12);
  pdf.text(pdf.splitTextToSize(t('recoveryPdf.use'), 170) as string[], 20, 75);
  pdf.text(t('recoveryPdf.made', { date: formatInstant(now, language, 'dateTime') }), 20, 100);
  return pdf.output('blob');
}
