import "server-only";
import crypto from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";

// A self-hosted proof-of-work (ALTCHA): the browser must find a counter by brute force before the
// form is accepted, which costs a person a second and a sender of thousands of messages thousands of
// seconds. No outside service is asked; the challenge is signed with a key derived from the portal's
// secret, so every app server can check what another one issued.

/** The algorithm the widget's self-hosted worker computes (WebCrypto, no WebAssembly needed). */
export const POW_ALGORITHM = "SHA-256";
/** The counter to find lies in this range: about a second of work in a browser. */
const COUNTER_RANGE = [10_000, 40_000] as const;
/** A person may take this long to write their message after the check. */
export const CHALLENGE_LIFETIME_MS = 30 * 60 * 1000;

function secret(purpose: string): string {
  const base = process.env.NEXTAUTH_SECRET;
  if (!base) throw new Error("NEXTAUTH_SECRET chưa được đặt: không ký được thử thách chống thư rác.");
  return crypto.createHmac("sha256", base).update(`altcha:${purpose}`).digest("hex");
}

export async function createEnquiryChallenge(now = new Date()): Promise<Challenge> {
  return createChallenge({
    algorithm: POW_ALGORITHM,
    cost: 1,
    counter: randomInt(...COUNTER_RANGE),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
    hmacSignatureSecret: secret("challenge"),
    hmacKeySignatureSecret: secret("key"),
  });
}

export type ProofCheck = { ok: true; signature: string } | { ok: false; reason: "missing" | "invalid" | "expired" };

const payloadShape = (value: unknown): value is { challenge: Challenge; solution: Solution } => {
  if (typeof value !== "object" || value === null) return false;
  const { challenge, solution } = value as Record<string, unknown>;
  return (
    typeof challenge === "object" &&
    challenge !== null &&
    typeof (challenge as Challenge).parameters === "object" &&
    typeof (challenge as Challenge).signature === "string" &&
    typeof solution === "object" &&
    solution !== null &&
    typeof (solution as Solution).counter === "number" &&
    typeof (solution as Solution).derivedKey === "string"
  );
};

/**
 * Checks the widget's payload (base64 of `{ challenge, solution }`): signed by this portal, not
 * expired, solved. The signature names the challenge, so the caller can accept each one only once.
 */
export async function checkProofOfWork(payload: string | undefined): Promise<ProofCheck> {
  if (!payload?.trim()) return { ok: false, reason: "missing" };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (!payloadShape(decoded) || decoded.challenge.parameters.algorithm !== POW_ALGORITHM) return { ok: false, reason: "invalid" };
  try {
    const result = await verifySolution({
      challenge: decoded.challenge,
      solution: decoded.solution,
      deriveKey,
      hmacSignatureSecret: secret("challenge"),
      hmacKeySignatureSecret: secret("key"),
    });
    if (result.verified) return { ok: true, signature: decoded.challenge.signature! };
    return { ok: false, reason: result.expired ? "expired" : "invalid" };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}
