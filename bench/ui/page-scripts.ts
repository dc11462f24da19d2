/**
 * Code that runs inside the page, kept as strings: the Node project is type-checked without the DOM library.
 * Pages that evaluate them are opened with bypassCSP (the app's CSP forbids evaluating strings).
 */

/** Records in window.__readyAt the moment (ms since navigation) an element matching `selector` exists. */
export function readyObserver(selector: string): string {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    new MutationObserver((records, observer) => {
      if (document.querySelector(selector)) {
        window.__readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

export const READY_SET = 'window.__readyAt !== undefined';
export const READY_AT = 'window.__readyAt';

export const TEXTAREA_ENABLED = `!document.querySelector('[data-testid="statement-text"]').disabled`;

/**
 * For the app's statement box and a plain textarea added outside React (the floor: frame alignment and load):
 * keydown → the animation frame that paints the result (rAF), and → after that frame (a message posted from rAF).
 */
export const INSTALL_LATENCY_PROBES = `(() => {
  window.__lat = {};
  const plain = document.createElement('textarea');
  plain.id = 'bench-plain';
  plain.setAttribute('aria-label', 'bench');
  document.body.prepend(plain);
  const targets = [['app', document.querySelector('[data-testid="statement-text"]')], ['plain', plain]];
  for (const [name, el] of targets) {
    const record = (window.__lat[name] = { frame: [], painted: [] });
    el.addEventListener('keydown', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => {
        record.frame.push(performance.now() - t0);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => record.painted.push(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    });
  }
})();`;

export const READ_LATENCIES = 'window.__lat';

export function timelineCountIs(count: number): string {
  return `document.querySelectorAll('[data-testid="timeline"] > li').length === ${count}`;
}

export const SPEAKER_FOCUSED = `document.activeElement && document.activeElement.getAttribute('data-testid') === 'speaker-input'`;
