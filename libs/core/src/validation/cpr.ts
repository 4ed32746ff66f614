// Vejviser must never hold citizen data (DOMAIN.md). A CPR number is ddmmyy followed by four digits,
// written with a dash, a space or nothing between. Six digits and four after a dash are refused as
// they are (that is how a CPR number is written); run together or with a space, only when the first
// six are a real date, so ordinary long numbers are not caught.

const CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2})([-‐‑–\s\u00a0]?)(\d{4})(?!\d)/g;

/** Whether dd, mm, yy is a date in some century (29 February only in years divisible by four, 2000 included). */
function isDayMonthYear(dd: number, mm: number, yy: number): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const days = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1];
  return dd <= days;
}

/** Whether `text` holds something that looks like a CPR number. */
export function looksLikeCpr(text: string | null | undefined): boolean {
  if (!text) return false;
  for (const match of text.matchAll(CANDIDATE)) {
    const [, dd, mm, yy, separator] = match;
    if (separator !== '' && /[-‐‑–]/.test(separator)) return true;
    if (isDayMonthYear(Number(dd), Number(mm), Number(yy))) return true;
  }
  return false;
}
