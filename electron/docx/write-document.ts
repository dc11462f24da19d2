import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { VerbaleDocument } from '../../shared/verbale/document';

/** Builds the DOCX package of a verbale. */
export async function writeVerbaleDocx(doc: VerbaleDocument): Promise<Uint8Array> {
  const document = new Document({
    title: doc.title,
    subject: doc.subject,
    creator: doc.author,
    sections: [{ children: [new Paragraph({ children: [new TextRun(doc.title)] })] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
