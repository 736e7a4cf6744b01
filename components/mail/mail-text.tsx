import { portalUrl } from "@/lib/notifications/notice-mail";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

function originOf(text: string): string | null {
  try {
    return new URL(text).origin;
  } catch {
    return null;
  }
}

/**
 * A mail's plain text as the recipient reads it. Links to the portal itself can be followed (in a demo,
 * that is how a newcomer opens an invitation); any other address stays text.
 */
export function MailText({ text }: { text: string }) {
  const portal = new URL(portalUrl("/")).origin;
  return (
    <pre className="mt-4 whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 font-sans text-slate-900 [overflow-wrap:anywhere]">
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 && originOf(part) === portal ? (
          <a key={index} href={part} className="text-brand-700 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}
