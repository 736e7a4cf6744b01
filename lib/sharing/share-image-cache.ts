import "server-only";

/** About 40 KB each: at most a few MB per server process. */
const MAX_ENTRIES = 200;

const pictures = new Map<string, Uint8Array>();
const rendering = new Map<string, Promise<Uint8Array>>();

/**
 * A drawn picture, kept per process under its content (so an edit is never served an old picture).
 * Drawing takes tens of milliseconds of CPU; anyone may ask for a picture as often as they like, and
 * crawlers ask for the same ones again and again. Requests arriving while one is drawn wait for it.
 */
export async function rememberedPicture(key: string, draw: () => Promise<Response>): Promise<Uint8Array> {
  const kept = pictures.get(key);
  if (kept) {
    // Re-inserted on every hit: the map's first key is the least recently used.
    pictures.delete(key);
    pictures.set(key, kept);
    return kept;
  }
  let pending = rendering.get(key);
  if (!pending) {
    pending = draw()
      .then(async (response) => new Uint8Array(await response.arrayBuffer()))
      .then((picture) => {
        pictures.set(key, picture);
        while (pictures.size > MAX_ENTRIES) pictures.delete(pictures.keys().next().value!);
        return picture;
      })
      .finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return pending;
}
