"use client";

import { useEffect, useRef } from "react";

/** A link the guard stopped: `proceed` follows it after all, the way it would have gone. */
export interface StoppedLink {
  href: string;
  proceed: () => void;
}

/** Whether a click on this link would take the browser to another page of this site. */
function leadsAway(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  // A new tab or a download leaves this page as it is.
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  const url = new URL(anchor.href, window.location.href);
  // Another site unloads the page: beforeunload asks then. Route handlers (/api/…) send files, not pages.
  if (url.origin !== window.location.origin || url.pathname.startsWith("/api/")) return null;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return null;
  return anchor;
}

/**
 * Asks before unsaved typing is left behind. Closing the tab, reloading or going to another site
 * fire beforeunload, and the browser asks. The App Router has no route-change event to veto, so a
 * click on a link to another page of the portal (header, breadcrumbs, any next/link) is caught in
 * the capture phase, before next/link handles it, and handed to `onStop`; the page decides, and
 * calls `proceed` to go after all.
 */
export function useLeaveGuard(unsaved: boolean, onStop: (link: StoppedLink) => void) {
  const onStopRef = useRef(onStop);
  const leaving = useRef(false);

  useEffect(() => {
    onStopRef.current = onStop;
  });

  useEffect(() => {
    if (!unsaved) return;
    leaving.current = false;
    const warn = (event: BeforeUnloadEvent) => {
      if (!leaving.current) event.preventDefault();
    };
    const intercept = (event: MouseEvent) => {
      if (leaving.current) return;
      const anchor = leadsAway(event);
      if (!anchor) return;
      event.preventDefault();
      event.stopPropagation();
      onStopRef.current({
        href: anchor.href,
        proceed: () => {
          leaving.current = true;
          // The same click again, now let through: next/link navigates in the app, a plain link loads.
          if (anchor.isConnected) anchor.click();
          else window.location.assign(anchor.href);
        },
      });
    };
    window.addEventListener("beforeunload", warn);
    window.addEventListener("click", intercept, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("click", intercept, true);
    };
  }, [unsaved]);
}
