import { downloadBlob } from './download-blob';

/** Offers text to the browser as a file download. */
export const downloadText = (fileName: string, text: string, type = 'text/markdown'): void =>
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
