import { useEffect } from 'react';

/** Sets the tab's title ("… – Vejviser"), which screen readers announce after navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Vejviser` : 'Vejviser';
  }, [title]);
}
