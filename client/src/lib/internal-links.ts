import type { Router } from 'vue-router';

/**
 * Follows a click on a link inside rendered post HTML (mentions, links to other topics) through
 * the router when it points into this site, instead of reloading the whole application.
 */
export function followInternalLink(event: MouseEvent, router: Router): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a');
  const href = link?.getAttribute('href');
  if (!link || !href || link.target === '_blank' || link.hasAttribute('download')) return;
  let url: URL;
  try {
    url = new URL(href, window.location.href);
  } catch {
    return;
  }
  if (url.origin !== window.location.origin || url.pathname.startsWith('/uploads/') || url.pathname.startsWith('/api/')) return;
  event.preventDefault();
  void router.push(url.pathname + url.search + url.hash);
}
