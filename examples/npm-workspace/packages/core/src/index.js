/** The words of `text`: runs of letters and digits. */
export const words = (text) => String(text).match(/[\p{L}\p{N}]+/gu) ?? [];
