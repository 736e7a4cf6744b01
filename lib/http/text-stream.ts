/**
 * Text produced piece by piece as a response body, read only as fast as the client takes it: the
 * next piece is asked for when the last has been sent, so a large export never piles up in memory.
 */
export function textStream(pieces: AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await pieces.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await pieces.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
