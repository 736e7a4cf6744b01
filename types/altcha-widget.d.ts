import type { DetailedHTMLProps, HTMLAttributes } from "react";

// The ALTCHA widget is a custom element (components/enquiries/proof-of-work-widget.tsx).
interface AltchaWidgetAttributes extends HTMLAttributes<HTMLElement> {
  challenge?: string;
  name?: string;
  language?: string;
  type?: "native" | "checkbox" | "switch";
  auto?: "off" | "onfocus" | "onload" | "onsubmit";
  workers?: string;
  configuration?: string;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "altcha-widget": DetailedHTMLProps<AltchaWidgetAttributes, HTMLElement>;
    }
  }
}
