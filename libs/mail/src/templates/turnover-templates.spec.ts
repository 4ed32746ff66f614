import { MAIL_TEMPLATES, renderTemplate } from './index.js';

const HOSTILE = '<Anna & Bo>';

describe('turnover mail templates', () => {
  it.each([
    ['contact-handed-over', { ...MAIL_TEMPLATES['contact-handed-over'].sample, leavingName: HOSTILE, note: HOSTILE }],
    ['key-person-welcome', { ...MAIL_TEMPLATES['key-person-welcome'].sample, recipientName: HOSTILE, predecessorName: HOSTILE }],
  ])('%s escapes names in HTML and keeps them as they are in text', (name, data) => {
    const rendered = renderTemplate(name, data);
    expect(rendered.html).toContain('&lt;Anna &amp; Bo&gt;');
    expect(rendered.html).not.toContain(HOSTILE);
    expect(rendered.text).toContain(HOSTILE);
  });

  it('says when the roles are vacant, and when the person had none', () => {
    const sample = MAIL_TEMPLATES['contact-handed-over'].sample;
    const rendered = renderTemplate('contact-handed-over', {
      ...sample,
      successorIsFunction: false,
      successorName: 'Per Holm',
      successorRoleTitle: undefined,
      networks: [
        { name: 'Livsmod', roles: ['KEY_PERSON'] },
        { name: 'Netværk Syd', roles: [] },
      ],
    });
    expect(rendered.subject).toBe('Hanne Jensen har forladt Eksempelby Kommune – Per Holm har overtaget');
    expect(rendered.text).toContain('I Livsmod står rollen som nøgleperson ledig');
    expect(rendered.text).toContain('Hanne Jensen havde ingen særlige roller i Netværk Syd.');
    expect(rendered.text).toContain('Hanne Jensens direkte numre er fjernet.');
  });

  it('welcomes a key person of an organisation outside any network', () => {
    const rendered = renderTemplate('key-person-welcome', {
      recipientName: 'Lærke Østergaard',
      organisationName: 'Eksempelby Kommune',
      networks: [],
      publicUrl: 'https://vejviser.example.org',
    });
    expect(rendered.subject).toBe('Velkommen som nøgleperson for Eksempelby Kommune i Vejviser');
    expect(rendered.text).toContain('Godkend kolleger fra Eksempelby Kommune');
    expect(() => renderTemplate('key-person-welcome', { recipientName: 'X', networks: [], publicUrl: 'https://x.example.org' })).toThrow(
      /mindst ét netværk/,
    );
  });
});
