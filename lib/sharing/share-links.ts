export interface ShareLink {
  /** What the link says: the service's own name. */
  label: string;
  href: string;
}

/**
 * Plain links to each service's own share page, carrying the page's address: no script of theirs is
 * loaded (the CSP allows none), and the picture and title they show come from the page's Open Graph
 * tags. Zalo has no such share page without its SDK and an Official Account: on a phone the system's
 * share sheet (navigator.share) reaches it, and a copied link pasted into Zalo shows the same preview.
 */
export function shareLinks({ url, title }: { url: string; title: string }): ShareLink[] {
  const encodedUrl = encodeURIComponent(url);
  return [
    { label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}` },
    { label: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}` },
    {
      label: "Email",
      // mailto wants %20 for spaces (RFC 6068), which encodeURIComponent gives, never "+".
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`,
    },
  ];
}
