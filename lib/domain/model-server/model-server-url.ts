/**
 * A model server's address as a manager gives it. Label Studio's ML backends take HTTP basic
 * credentials in the URL (`https://user:secret@host/`); Claimdesk sends them as a header and
 * never shows or logs them.
 */
export interface ModelServerAddress {
  /** The URL without credentials, ending in `/`, to which `health`, `predict`, … are appended. */
  baseUrl: string;
  /** An `Authorization` header value, when the URL carried credentials. */
  authorization: string | null;
  /** What pages, logs and error messages show: the URL with any credentials masked. */
  display: string;
}

export type ParsedModelServerUrl = { ok: true; address: ModelServerAddress } | { ok: false; message: string };

export const MODEL_SERVER_URL_MAX_LENGTH = 2000;

/** Parses and checks a model server URL: absolute, http or https, no query or fragment. */
export function parseModelServerUrl(raw: string): ParsedModelServerUrl {
  const input = raw.trim();
  if (input.length === 0) return { ok: false, message: "Enter the model server's URL" };
  if (input.length > MODEL_SERVER_URL_MAX_LENGTH) return { ok: false, message: "The URL is too long" };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, message: "This is not a URL (it should look like http://host:9090/)" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, message: "The model server URL must start with http:// or https://" };
  }
  if (url.search !== "" || url.hash !== "") return { ok: false, message: "The URL may not have a query or a fragment" };
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const authorization = user || password ? `Basic ${base64Utf8(`${user}:${password}`)}` : null;
  url.username = "";
  url.password = "";
  if (!url.pathname.endsWith("/")) url.pathname = `${url.pathname}/`;
  const baseUrl = url.toString();
  const display = authorization ? baseUrl.replace("://", "://***@") : baseUrl;
  return { ok: true, address: { baseUrl, authorization, display } };
}

/** The stored URL's address; a stored URL was checked when it was set. */
export function modelServerAddress(storedUrl: string): ModelServerAddress {
  const parsed = parseModelServerUrl(storedUrl);
  if (!parsed.ok) throw new Error("the stored model server URL is not valid");
  return parsed.address;
}

function base64Utf8(value: string): string {
  return btoa(Array.from(new TextEncoder().encode(value), (byte) => String.fromCharCode(byte)).join(""));
}
