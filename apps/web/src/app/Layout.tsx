import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { AccountMenu } from '../auth/AccountMenu';
import { KeyPersonMenuItem } from '../features/network/KeyPersonMenuItem';
import { NetworkMenuItem } from '../features/network/NetworkMenuItem';
import { CatalogueMenuItem } from '../features/catalogue/CatalogueMenuItem';
import { AdminMenuItem } from '../features/admin/AdminMenuItem';
import { ThemeDayMenuItem } from '../features/theme-days/ThemeDayMenuItem';
import { UpkeepMenuItem } from '../features/upkeep/UpkeepMenuItem';

/** Header, skip link, main landmark and footer around every page. After navigation focus moves to the new page. */
export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Screen readers and keyboard users start at the new page's heading, not at the link they left.
    const heading = main.current?.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else main.current?.focus();
  }, [location]);

  return (
    <>
      <a className="skipnav" href="#main-content">
        Gå til sidens indhold
      </a>
      <header className="header d-print-none">
        <div className="solution-info">
          <div className="solution-info-inner container site-header">
            <div className="solution-heading">
              <Link href="/" aria-label="Vejviser – forsiden">
                Vejviser
              </Link>
            </div>
            <nav aria-label="Hovedmenu" className="site-nav">
              <ul className="unstyled-list inline-list">
                <li>
                  <Link href="/">Søg</Link>
                </li>
                <li>
                  <Link href="/overlevering">Overlevering</Link>
                </li>
                <NetworkMenuItem />
                <KeyPersonMenuItem />
                <ThemeDayMenuItem />
                <UpkeepMenuItem />
                <CatalogueMenuItem />
                <AdminMenuItem />
              </ul>
            </nav>
            <AccountMenu />
          </div>
        </div>
      </header>
      <main id="main-content" ref={main} tabIndex={-1} className="container page-main">
        {children}
      </main>
      <footer className="d-print-none">
        <div className="footer">
          <div className="container">
            <p>Vejviser indeholder ingen oplysninger om borgere. Skriv aldrig navne, CPR-numre eller diagnoser i Vejviser.</p>
            <ul className="unstyled-list inline-list">
              <li>
                <Link href="/tilgaengelighed">Tilgængelighedserklæring</Link>
              </li>
              <li>
                <Link href="/privatliv">Privatlivspolitik</Link>
              </li>
            </ul>
          </div>
        </div>
      </footer>
    </>
  );
}
