// The html`` tag lives in core, shared with the handover sheet's renderer.
export { html, SafeHtml } from '#core';
