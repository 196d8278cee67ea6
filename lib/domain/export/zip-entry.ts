/** A file of a multi-file export; the service writes these into a zip archive. */
export interface ZipEntry {
  path: string;
  content: string;
}
