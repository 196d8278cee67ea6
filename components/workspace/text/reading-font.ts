/**
 * The article's typeface: Latin serifs first and the generic serif last, so that Chinese or
 * Arabic glyphs come from the system's fallback per character. Naming a CJK font in the stack
 * would set Latin text in it wherever the Latin fonts are missing (full-width quotes, stray accents).
 */
export const readingFont = "font-[Charter,'Iowan_Old_Style',Georgia,'Noto_Serif','DejaVu_Serif',serif]";
