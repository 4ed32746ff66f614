import ICAL from 'ical.js';
import { MAIL_TEMPLATES, renderTemplate } from './index.js';
import type { RenderedMail } from './mail-template.js';

/** The VEVENT of a rendered calendar part, with its VTIMEZONE registered so times resolve to instants. */
function calendarOf(rendered: RenderedMail) {
  if (!rendered.icalEvent) throw new Error('no calendar part');
  const calendar = new ICAL.Component(ICAL.parse(rendered.icalEvent.content));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return { calendar, event, raw: rendered.icalEvent.content };
}

const HOSTILE = '<Anna & Bo>';

describe('mail templates', () => {
  it.each(Object.entries(MAIL_TEMPLATES))('%s renders its sample data with a subject, HTML and text', (name, template) => {
    expect(template.name).toBe(name);
    expect(template.description.length).toBeGreaterThan(0);
    const rendered = renderTemplate(name, template.sample);
    expect(rendered.subject.trim().length).toBeGreaterThan(0);
    expect(rendered.html).toContain('<html lang="da">');
    expect(rendered.html.split('Du får denne mail, fordi')).toHaveLength(2);
    expect(rendered.text.split('Du får denne mail, fordi')).toHaveLength(2);
    expect(rendered.text).not.toMatch(/<[a-z]/i);
  });

  it('writes Danish subjects with æ, ø or å', () => {
    const subjects = Object.values(MAIL_TEMPLATES).map((t) => renderTemplate(t.name, t.sample).subject);
    expect(subjects.some((s) => /[æøå]/i.test(s))).toBe(true);
  });

  it.each([
    ['test-message', { ...MAIL_TEMPLATES['test-message'].sample, recipientName: HOSTILE }],
    ['verification-request', { ...MAIL_TEMPLATES['verification-request'].sample, recipientName: HOSTILE, organisationName: HOSTILE }],
    ['verification-escalation', { ...MAIL_TEMPLATES['verification-escalation'].sample, recipientName: HOSTILE, organisationName: HOSTILE }],
    ['theme-day-confirmation', { ...MAIL_TEMPLATES['theme-day-confirmation'].sample, attendeeName: HOSTILE, title: HOSTILE }],
    ['theme-day-cancelled', { ...MAIL_TEMPLATES['theme-day-cancelled'].sample, attendeeName: HOSTILE, reason: HOSTILE }],
    [
      'change-digest',
      {
        ...MAIL_TEMPLATES['change-digest'].sample,
        recipientName: HOSTILE,
        groups: [{ organisationName: HOSTILE, records: [{ kind: 'Kontakt' as const, name: HOSTILE, changes: [HOSTILE] }] }],
      },
    ],
  ])('%s escapes names in HTML and keeps them as they are in text', (name, data) => {
    const rendered = renderTemplate(name, data);
    expect(rendered.html).toContain('&lt;Anna &amp; Bo&gt;');
    expect(rendered.html).not.toContain(HOSTILE);
    expect(rendered.text).toContain(HOSTILE);
  });

  it('sends the theme day confirmation with a REQUEST in Copenhagen time under the given UID', () => {
    const sample = MAIL_TEMPLATES['theme-day-confirmation'].sample;
    const data = {
      ...sample,
      startsAt: '2027-02-10T09:00:00+01:00',
      endsAt: '2027-02-10T15:30:00+01:00',
      uid: 'temadag-test-1@vejviser.test',
    };
    const rendered = renderTemplate('theme-day-confirmation', data);
    const { calendar, event, raw } = calendarOf(rendered);

    expect(rendered.icalEvent?.method).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.getFirstPropertyValue('uid')).toBe(data.uid);
    const start = event.getFirstProperty('dtstart');
    expect(start?.getParameter('tzid')).toBe('Europe/Copenhagen');
    expect(String(start?.getFirstValue())).toBe('2027-02-10T09:00:00');
    const event_ = new ICAL.Event(event);
    expect(event_.startDate.toJSDate().getTime()).toBe(Date.parse(data.startsAt));
    expect(event_.endDate.toJSDate().getTime()).toBe(Date.parse(data.endsAt));
    expect(event_.summary).toBe(data.title);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(raw.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('cancels the same UID with a higher sequence, METHOD:CANCEL and STATUS:CANCELLED', () => {
    const confirmation = calendarOf(renderTemplate('theme-day-confirmation', MAIL_TEMPLATES['theme-day-confirmation'].sample)).event;
    const rendered = renderTemplate('theme-day-cancelled', MAIL_TEMPLATES['theme-day-cancelled'].sample);
    const { calendar, event } = calendarOf(rendered);

    expect(rendered.icalEvent?.method).toBe('CANCEL');
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).toBe(confirmation.getFirstPropertyValue('uid'));
    expect(Number(event.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(confirmation.getFirstPropertyValue('sequence')));
  });

  it('names the template or the field when asked to render something it cannot', () => {
    expect(() => renderTemplate('no-such-template', {})).toThrow(/Ukendt mailskabelon "no-such-template"/);
    const { attendeeEmail: _dropped, ...incomplete } = MAIL_TEMPLATES['theme-day-confirmation'].sample;
    expect(() => renderTemplate('theme-day-confirmation', incomplete)).toThrow(/data\.attendeeEmail/);
    expect(() =>
      renderTemplate('theme-day-confirmation', { ...MAIL_TEMPLATES['theme-day-confirmation'].sample, cancelUrl: 'javascript:alert(1)' }),
    ).toThrow(/data\.cancelUrl/);
  });
});
