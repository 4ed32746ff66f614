import { AccessRoute, normalisePhone } from '#directory';

/** A value read from a cell, or the Danish reason it cannot be. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(message: string): Read<T> => ({ ok: false, message });

/** Splits a cell holding several values: "0217, 0219" or "Helsingør; Hillerød" or "a / b". */
export function splitList(cell: string): string[] {
  return cell
    .split(/\s*[;,/\n]\s*|\s+og\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** An age range as people write it: "13-30 år", "13–30", "13 til 30", "fra 16 år", "under 18", "18+", "25 år". */
export function readAgeRange(cell: string): Read<{ min: number | null; max: number | null }> {
  const text = cell.toLowerCase().replace(/\s+/g, ' ').trim();
  const range = /(\d{1,3})\s*(?:-|–|—|til)\s*(\d{1,3})/.exec(text);
  if (range) return checkAges(Number(range[1]), Number(range[2]));
  const from = /(?:fra|over|min\.?|mindst)\s*(\d{1,3})|(\d{1,3})\s*(?:\+|år og op|og op)/.exec(text);
  if (from) return checkAges(Number(from[1] ?? from[2]), null);
  const under = /(?:under|højst|op til|max\.?)\s*(\d{1,3})/.exec(text);
  if (under) return checkAges(null, text.startsWith('under') ? Number(under[1]) - 1 : Number(under[1]));
  const single = /^(\d{1,3})(?:\s*år)?$/.exec(text);
  if (single) return checkAges(Number(single[1]), Number(single[1]));
  return bad(`Alderen "${cell}" kan ikke læses. Skriv fx "13-30 år".`);
}

function checkAges(min: number | null, max: number | null): Read<{ min: number | null; max: number | null }> {
  if ((min !== null && min > 120) || (max !== null && max > 120)) return bad('En alder skal være mellem 0 og 120.');
  if (min !== null && max !== null && min > max) return bad('Alder fra skal være mindre end eller lig med alder til.');
  return ok({ min, max });
}

/** One age: "13", "13 år". */
export function readAge(cell: string): Read<number> {
  const match = /^(\d{1,3})(?:\s*år)?$/i.exec(cell.trim());
  if (!match || Number(match[1]) > 120) return bad(`Alderen "${cell}" skal være et helt tal mellem 0 og 120.`);
  return ok(Number(match[1]));
}

/** Phone numbers in the usual Danish forms ("12 34 56 78", "+45 1234 5678", "0045-12345678"), one or several. */
export function readPhones(cell: string): Read<string[]> {
  const numbers = cell.split(/\s*(?:[;,/]|\bog\b|\beller\b)\s*/).filter(Boolean);
  const phones: string[] = [];
  for (const raw of numbers) {
    const phone = normalisePhone(raw.replace(/^(?:tlf\.?|telefon)\s*:?\s*/i, ''));
    if (!phone) return bad(`Telefonnummeret "${raw}" skal have 8 cifre (dansk) eller starte med + og landekode.`);
    phones.push(phone);
  }
  return ok(phones);
}

const ACCESS: [RegExp, AccessRoute][] = [
  [/^(anonym|anonymous|anonym rådgivning)/, AccessRoute.ANONYMOUS],
  [/^(selvhenvendelse|selv|åben|åbent|fri|gratis|drop[- ]?in|self[_ ]?referral)/, AccessRoute.SELF_REFERRAL],
  [/^(henvisning|referral|kræver henvisning|via henvisning)/, AccessRoute.REFERRAL],
  [/^(visitation|visiteret|kræver visitation)/, AccessRoute.VISITATION],
];

/** An access route in Danish or English ("Selvhenvendelse", "visitation", "REFERRAL"). */
export function readAccessRoute(cell: string): Read<AccessRoute> {
  const text = cell.trim().toLowerCase();
  const found = ACCESS.find(([pattern]) => pattern.test(text));
  return found ? ok(found[1]) : bad(`Ukendt adgang "${cell}". Brug anonym, selvhenvendelse, henvisning eller visitation.`);
}

/** A date: "2026-11-03", "3-11-2026", "03.11.2026", "3/11/2026" (day first, as in Denmark). */
export function readDate(cell: string): Read<string> {
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : [];
  if (!y) return bad(`Datoen "${cell}" kan ikke læses. Skriv fx 03-11-2026.`);
  const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return bad(`Datoen "${cell}" findes ikke.`);
  return ok(date);
}

/** Kontakt or tilbud (Danish or English); empty is left to the sheet's default. */
export function readKind(cell: string): Read<'CONTACT' | 'OFFER'> {
  const text = cell.trim().toLowerCase();
  if (/^(kontakt|kontaktperson|funktion|person|contact)/.test(text)) return ok('CONTACT');
  if (/^(tilbud|indsats|offer|service)/.test(text)) return ok('OFFER');
  return bad(`Ukendt type "${cell}". Brug "Kontakt" eller "Tilbud".`);
}

/**
 * Lower case without accents, spaces or punctuation, and with æ/ø/å and their spellings ae/oe/aa folded alike
 * ("Helsingør", "Helsingoer" and "helsingor" match): what names are compared by.
 */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ae/g, 'a')
    .trim();
}

/** Municipality names ("Helsingør", "Helsingør Kommune") or codes ("217", "0217") to codes. */
export function readMunicipalities(cell: string, municipalities: { code: string; name: string }[]): Read<string[]> {
  const byName = new Map(municipalities.map((m) => [normaliseName(m.name), m.code]));
  const codes = new Set(municipalities.map((m) => m.code));
  const found: string[] = [];
  for (const part of splitList(cell)) {
    const code = /^\d{3,4}$/.test(part) ? part.padStart(4, '0') : byName.get(normaliseName(part.replace(/\s+kommune$/i, '')));
    if (!code || !codes.has(code)) return bad(`Ukendt kommune "${part}". Skriv navnet eller den firecifrede kommunekode.`);
    if (!found.includes(code)) found.push(code);
  }
  return ok(found);
}

/** Situations by key ("transition-18") or Danish label ("Overgang ved 18 år"). */
export function readSituations(cell: string, terms: { key: string; label: string }[]): Read<string[]> {
  const byName = new Map(terms.flatMap((t) => [[normaliseName(t.key), t.key] as const, [normaliseName(t.label), t.key] as const]));
  const keys: string[] = [];
  for (const part of cell.split(/\s*[;\n]\s*|\s*,\s*(?=\D)/).filter(Boolean)) {
    const key = byName.get(normaliseName(part));
    if (!key) return bad(`Ukendt situation "${part}".`);
    if (!keys.includes(key)) keys.push(key);
  }
  return ok(keys);
}
