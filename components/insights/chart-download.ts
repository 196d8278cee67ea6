/** Saving a rendered chart: its SVG as a file, or the same SVG drawn onto a canvas as a PNG. */

const svgNamespace = "http://www.w3.org/2000/svg";
const pngScale = 2;

function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL may go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A standalone copy of the chart: namespaced, sized, on a white background. */
function serializeSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.viewBox.baseVal;
  const width = Math.ceil(box && box.width > 0 ? box.width : svg.clientWidth);
  const height = Math.ceil(box && box.height > 0 ? box.height : svg.clientHeight);
  copy.setAttribute("xmlns", svgNamespace);
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  copy.style.background = "white";
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

export function downloadSvg(svg: SVGSVGElement, fileName: string) {
  saveBlob(new Blob([serializeSvg(svg).text], { type: "image/svg+xml" }), `${fileName}.svg`);
}

export async function downloadPng(svg: SVGSVGElement, fileName: string) {
  const { text, width, height } = serializeSvg(svg);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * pngScale;
    canvas.height = height * pngScale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw on a canvas.");
    context.fillStyle = "white";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("The chart could not be turned into a PNG.");
    saveBlob(blob, `${fileName}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
