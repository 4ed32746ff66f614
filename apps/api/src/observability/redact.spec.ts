import { redactPath, redactText } from './redact.js';
import { tracingConfigured } from './tracing-switch.js';

describe('redactPath', () => {
  it('replaces the token of a mailed link and drops every query string', () => {
    expect(redactPath('/bekraeft/eyJhbGciOi.abc.def')).toBe('/bekraeft/[token]');
    expect(redactPath('/temadage/afmeld/abc123?x=1')).toBe('/temadage/afmeld/[token]?[fjernet]');
    expect(redactPath('/aendringer/afmeld/abc123')).toBe('/aendringer/afmeld/[token]');
    expect(redactPath('/overlevering?kommune=0217&alder=17&situationer=self-harm')).toBe('/overlevering?[fjernet]');
    expect(redactPath('/overlevering/ark?kommune=0217&alder=17&situationer=self-harm')).toBe('/overlevering/ark?[fjernet]');
    expect(redactPath('/graphql?query=%7Bme%7D&variables=%7B%7D')).toBe('/graphql?[fjernet]');
  });

  it('keeps ordinary paths, and hides long opaque segments and e-mail addresses anywhere', () => {
    expect(redactPath('/calendar/networks/6f1c7a1e-1b7a-4c55-9a43-1f0e2b9c8d7e.ics')).toBe(
      '/calendar/networks/6f1c7a1e-1b7a-4c55-9a43-1f0e2b9c8d7e.ics',
    );
    expect(redactPath(`/x/${'a'.repeat(43)}`)).toBe('/x/[token]');
    expect(redactPath('/dev/mailbox/anna%40kommune.dk')).toBe('/dev/mailbox/[e-mail]');
  });

  it('never logs a path segment that looks like a CPR number', () => {
    expect(redactPath('/overlevering/230774-1754')).toBe('/overlevering/[fjernet]');
    expect(redactPath('/kontakter/cpr%20230774%201754')).toBe('/kontakter/[fjernet]');
  });
});

describe('redactText', () => {
  it('removes e-mail addresses, bearer and web tokens and link tokens from free text', () => {
    const text =
      'Mail til Søren.Ø@kommune.dk fejlede (Authorization: Bearer abc.def-ghi) eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig via /bekraeft/tok123 og /overlevering?kommune=0217&alder=17 og /overlevering/ark?kommune=0217&alder=16';
    const redacted = redactText(text);
    expect(redacted).not.toMatch(/kommune\.dk|abc\.def|eyJ|tok123|alder=1[67]/);
    expect(redacted).toContain('[e-mail]');
    expect(redacted).toContain('/bekraeft/[token]');
    expect(redacted).toContain('/overlevering?[fjernet]');
    expect(redacted).toContain('/overlevering/ark?[fjernet]');
  });

  it('leaves route patterns alone', () => {
    expect(redactText('Mapped {/bekraeft/:token, GET} route')).toBe('Mapped {/bekraeft/:token, GET} route');
  });
});

describe('tracingConfigured', () => {
  it('is on only when an OTLP endpoint or a traces exporter is set, and not switched off', () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toBe(true);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces' })).toBe(true);
    expect(tracingConfigured({ OTEL_TRACES_EXPORTER: 'console' })).toBe(true);
    expect(tracingConfigured({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toBe(false);
    expect(tracingConfigured({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' })).toBe(false);
  });
});
