import 'react';

declare module 'react' {
  // The type parameter must be named as in React's own declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    /**
     * Element Timing (https://wicg.github.io/element-timing/): Chromium reports when this element was first painted,
     * as a PerformanceElementTiming entry with this identifier. `npm run bench:web` measures with it.
     */
    elementtiming?: string;
  }
}
