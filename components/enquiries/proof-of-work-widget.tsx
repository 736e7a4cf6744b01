"use client";

import "altcha/altcha.css";
import { useEffect, useImperativeHandle, useRef, type Ref } from "react";
import type { Locale } from "@/lib/i18n/locales";

interface AltchaElement extends HTMLElement {
  verify?: () => Promise<{ payload?: string } | null>;
  reset?: () => void;
}

export interface ProofOfWorkHandle {
  /** The solved payload, solving it first if the visitor has not ticked the box yet; null if it failed. */
  solve: () => Promise<string | null>;
  reset: () => void;
}

type AltchaRegistry = { algorithms: Map<string, () => Worker> };

/**
 * The self-hosted ALTCHA check: the widget's "external" build (no inline workers or styles, so the
 * strict CSP holds) with its SHA worker from the portal's own origin (/api/enquiries/pow-worker). It
 * renders a real checkbox with a label, so it is reached and ticked with the keyboard; the form also
 * solves it itself on submit for whoever did not tick it. Its texts ("I'm not a robot", "Verified"…)
 * are the widget's own: English is built in, Vietnamese is loaded on Vietnamese pages only.
 */
export function ProofOfWorkWidget({
  ref,
  describedBy,
  locale = "vi",
  onChange,
}: {
  ref: Ref<ProofOfWorkHandle>;
  describedBy?: string;
  locale?: Locale;
  onChange: (payload: string | null) => void;
}) {
  const element = useRef<AltchaElement>(null);
  const payload = useRef<string | null>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });

  useEffect(() => {
    void (async () => {
      await import("altcha/external");
      if (locale === "vi") await import("altcha/i18n/vi");
      const registry = (globalThis as unknown as { $altcha: AltchaRegistry }).$altcha;
      if (!registry.algorithms.has("SHA-256")) {
        registry.algorithms.set("SHA-256", () => new Worker("/api/enquiries/pow-worker", { name: "altcha-sha" }));
      }
    })();
    const widget = element.current;
    const set = (value: string | null) => {
      payload.current = value;
      changed.current(value);
    };
    const verified = (event: Event) => set((event as CustomEvent<{ payload: string }>).detail.payload);
    const stateChanged = (event: Event) => {
      const state = (event as CustomEvent<{ state: string }>).detail.state;
      if (state !== "verified") set(null);
    };
    widget?.addEventListener("verified", verified);
    widget?.addEventListener("statechange", stateChanged);
    return () => {
      widget?.removeEventListener("verified", verified);
      widget?.removeEventListener("statechange", stateChanged);
    };
  }, [locale]);

  useImperativeHandle(ref, () => ({
    async solve() {
      if (payload.current) return payload.current;
      const result = await element.current?.verify?.().catch(() => null);
      return result?.payload ?? payload.current;
    },
    reset() {
      element.current?.reset?.();
      payload.current = null;
    },
  }));

  return (
    <div aria-describedby={describedBy}>
      <altcha-widget
        ref={element}
        challenge="/api/enquiries/challenge"
        name="altcha"
        language={locale}
        type="checkbox"
        auto="off"
      />
    </div>
  );
}
