import { inlineStyleHashes } from '../http/content-security-policy.js';
import { serverPage, serverPageAlert, serverPageButton, serverPageCsp, useWebAppStylesheets } from './server-page.js';

describe('serverPage', () => {
  afterEach(() => useWebAppStylesheets(() => []));

  it('frames a page in Danish with one h1, the header linking home and the footer links, escaping the title', () => {
    const html = serverPage('Meld <fra>', serverPageButton('Meld mig fra'));
    expect(html).toContain('<html lang="da">');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Meld &lt;fra&gt;</h1>');
    expect(html).toContain('<a href="/" aria-label="Vejviser – forsiden">Vejviser</a>');
    expect(html).toContain('<a href="/tilgaengelighed">');
    expect(html).toContain('<a href="/privatliv">');
    expect(html).toContain('<form method="post"><button type="submit" class="button button-primary">Meld mig fra</button></form>');
  });

  it("links the web app's stylesheet when it is built, and falls back to an inline look when it is not", () => {
    expect(serverPage('Titel', '')).not.toContain('<link rel="stylesheet"');
    expect(serverPage('Titel', '')).toContain('font-family:system-ui');
    useWebAppStylesheets(() => ['/assets/index-abc.css']);
    const styled = serverPage('Titel', '', '.x{color:red}');
    expect(styled).toContain('<link rel="stylesheet" href="/assets/index-abc.css">');
    expect(styled).not.toContain('font-family:system-ui');
    expect(styled).toContain('.x{color:red}');
  });

  it('escapes alert text and allows only the app itself for styles, fonts and forms', () => {
    expect(serverPageAlert('warning', '<b>')).toBe(
      '<div class="alert alert-warning"><div class="alert-body"><p class="alert-text">&lt;b&gt;</p></div></div>',
    );
    expect(serverPageCsp(true)).toMatch(/style-src 'self' 'sha256-[^']+' 'sha256-[^']+'; font-src 'self'/);
    expect(serverPageCsp(true)).not.toContain('unsafe-inline');
    expect(serverPageCsp(true)).toContain("form-action 'self'");
    expect(serverPageCsp(false)).toContain("form-action 'none'");
    expect(serverPageCsp(false)).not.toContain('script-src');
  });

  it("allows exactly the page's own <style> by hash, with the web app's stylesheet and without, and with a page's own rules", () => {
    const allowed = (css: string) => serverPageCsp(false, css);
    for (const css of ['', '@media print{main{padding:0}}']) {
      for (const sheets of [[], ['/assets/index-abc.css']]) {
        useWebAppStylesheets(() => sheets);
        const hashes = inlineStyleHashes(serverPage('Titel', '<p>x</p>', css));
        expect(hashes).toHaveLength(1);
        expect(allowed(css)).toContain(hashes[0]);
      }
    }
    expect(allowed('')).not.toContain(inlineStyleHashes(serverPage('Titel', '', '.x{}'))[0]);
  });
});
