import { ApiError } from "@/lib/client/api-fetch";

/** The file name the server suggests in `Content-Disposition`. */
function suggestedFileName(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? fallback;
}

/**
 * Downloads a streamed file, reporting the bytes received as they arrive (an export's length
 * is unknown until it ends), then hands it to the browser's save dialog through a Blob URL.
 */
export async function downloadWithProgress(
  url: string,
  onBytes: (received: number) => void,
  signal?: AbortSignal,
): Promise<{ fileName: string; bytes: number }> {
  const response = await fetch(url, { signal });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(response.status, body?.error?.code ?? "http_error", body?.error?.message ?? `The server answered ${response.status}`);
  }
  const reader = response.body.getReader();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.byteLength;
    onBytes(received);
  }
  const fileName = suggestedFileName(response, "export");
  const blobUrl = URL.createObjectURL(new Blob(parts, { type: response.headers.get("content-type") ?? "application/octet-stream" }));
  const link = document.createElement("a");
  link.href = blobUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the memory is released.
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
  return { fileName, bytes: received };
}
