/** Where a shared link can go; `copy` is the link put on the clipboard, `device` the phone's own share sheet. */
export type ShareNetwork = 'x' | 'facebook' | 'linkedin' | 'telegram' | 'vk' | 'email';
export type ShareSource = ShareNetwork | 'copy' | 'device';

/** The networks in the menu, most used first for readers of each language. */
export const NETWORKS_BY_LOCALE: Record<string, ShareNetwork[]> = {
  ru: ['telegram', 'vk', 'x', 'facebook', 'linkedin', 'email'],
  en: ['x', 'facebook', 'linkedin', 'telegram', 'vk', 'email'],
};

/**
 * The page's absolute URL tagged with where it was shared, so the visits it brings can be counted:
 * `utm_source=<network|copy|device>&utm_medium=social&utm_campaign=share`.
 */
export function taggedUrl(path: string, source: ShareSource, origin = window.location.origin): string {
  const url = new URL(path, origin);
  url.searchParams.set('utm_source', source);
  url.searchParams.set('utm_medium', 'social');
  url.searchParams.set('utm_campaign', 'share');
  return url.toString();
}

/** The address that opens the network's own "share this link" page (or the mail app) with the tagged URL. */
export function networkShareUrl(network: ShareNetwork, path: string, title: string, origin?: string): string {
  const url = encodeURIComponent(taggedUrl(path, network, origin));
  const text = encodeURIComponent(title);
  switch (network) {
    case 'x':
      return `https://x.com/intent/tweet?url=${url}&text=${text}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${url}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${url}`;
    case 'telegram':
      return `https://t.me/share/url?url=${url}&text=${text}`;
    case 'vk':
      return `https://vk.com/share.php?url=${url}&title=${text}`;
    case 'email':
      return `mailto:?subject=${text}&body=${url}`;
  }
}
