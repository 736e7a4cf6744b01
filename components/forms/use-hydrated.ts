"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has taken over the page. Forms whose values live in
 * react-hook-form stay disabled until then: what someone typed earlier would be lost on submit, and a
 * button clicked earlier would do nothing. Buttons that only script can work (copy, print, share) show
 * from then on, so a visitor without JavaScript never sees one that does nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
