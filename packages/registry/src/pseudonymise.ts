const encoder = new TextEncoder();

/** A WebCrypto HMAC key, as `pseudonymKey` makes it. */
export type PseudonymKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/**
 * Makes an HMAC-SHA256 key for pseudonyms from a secret, through WebCrypto
 * (`globalThis.crypto.subtle`: browsers and Node 20). The key cannot be exported.
 *
 * @param secret - at least 32 bytes, or a string of at least 32 characters
 * @returns the key
 * @throws if the secret is shorter, or WebCrypto is missing
 * @example
 * const key = await pseudonymKey(crypto.getRandomValues(new Uint8Array(32)));
 */
export async function pseudonymKey(secret: Uint8Array | string): Promise<PseudonymKey> {
  const bytes = typeof secret === "string" ? encoder.encode(secret) : secret;
  if (bytes.length < 32) {
    throw new Error(`pseudonymKey requires a secret of at least 32 bytes; got ${bytes.length}`);
  }
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new Error("pseudonymKey requires WebCrypto (crypto.subtle)");
  return subtle.importKey("raw", new Uint8Array(bytes), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
}

/**
 * The pseudonym of an id: its keyed HMAC-SHA256, in hex. The same key gives the same
 * pseudonym, so references between events hold; without the key it cannot be reversed
 * or recomputed from a guessed id.
 *
 * @param key - from `pseudonymKey`
 * @param id - a student, actor, event or plan id
 * @returns 64 hex digits
 * @example
 * await pseudonymise(key, "s-1") // => "3f1c…" (64 hex digits)
 */
export async function pseudonymise(key: PseudonymKey, id: string): Promise<string> {
  const mac = await globalThis.crypto.subtle.sign("HMAC", key, encoder.encode(id));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
