import { ApiError } from "./api-fetch";

interface ErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}

/**
 * POSTs a form and reports upload progress (0 to 1). fetch cannot observe upload progress,
 * XMLHttpRequest can. Resolves with the JSON answer; rejects with ApiError like apiFetch.
 */
export function uploadWithProgress<T>(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => {
      const body: unknown = request.response;
      if (request.status >= 200 && request.status < 300) {
        resolve(body as T);
        return;
      }
      const error = (body as ErrorBody | null)?.error;
      reject(
        new ApiError(
          request.status,
          error?.code ?? "http_error",
          error?.message ?? `The server answered ${request.status}`,
          error?.details,
        ),
      );
    });
    request.addEventListener("error", () =>
      reject(new ApiError(0, "network_error", "The upload failed; check your connection and try again")),
    );
    request.send(form);
  });
}
