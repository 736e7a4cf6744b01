// The request id of the work in progress, kept in an AsyncLocalStorage so every log line of a request
// carries it without being handed it. Plain JavaScript, shared by the custom server (scripts/server.mjs,
// which starts each request in a context) and the app's bundle (the logger, which reads it): the two
// load separate copies of this module, so the storage itself lives on globalThis under one key.
import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";

const KEY = Symbol.for("portal.requestContext");

/** @type {AsyncLocalStorage<{ requestId: string }>} */
const storage = (globalThis[KEY] ??= new AsyncLocalStorage());

/** A request id that a proxy may pass on (nginx's $request_id is 32 hex digits) is only letters, digits and - _. */
const ACCEPTABLE_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function newRequestId() {
  return crypto.randomUUID();
}

/** The id a trusted reverse proxy sent, or a new one: a client alone cannot choose what appears in the logs. */
export function requestIdFrom(header, trustProxy) {
  const sent = Array.isArray(header) ? header[0] : header;
  return trustProxy && typeof sent === "string" && ACCEPTABLE_ID.test(sent) ? sent : newRequestId();
}

export function runWithRequestId(requestId, work) {
  return storage.run({ requestId }, work);
}

export function currentRequestId() {
  return storage.getStore()?.requestId;
}
