import type { VerbaleDocument } from '../../../shared/verbale/document';

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const PRODUCER = 'Verbalizza';

/** The document information dictionary; PDF/A wants each of these matched by the XMP below. */
export function documentInfo(doc: VerbaleDocument, created: Date) {
  return {
    Title: doc.title,
    Author: doc.author,
    Subject: doc.subject,
    Keywords: 'verbale',
    Creator: PRODUCER,
    Producer: PRODUCER,
    CreationDate: created,
    ModDate: created,
  };
}

/**
 * The XMP besides the PDF/A identification (which pdfkit adds): written here because pdfkit's own puts the titles
 * in the XML unescaped (a body named «A & B» would break it) and has no language, date nor identifier.
 * Dublin Core title, creator, description, date, language it-IT and the document id; xmp dates; pdf producer.
 */
export function xmpDescriptions(doc: VerbaleDocument, created: Date): string {
  const date = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const text = (value: string) => escapeXml(value);
  return `
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
  <xmp:CreateDate>${date}</xmp:CreateDate>
  <xmp:ModifyDate>${date}</xmp:ModifyDate>
  <xmp:MetadataDate>${date}</xmp:MetadataDate>
  <xmp:CreatorTool>${PRODUCER}</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:format>application/pdf</dc:format>
  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${text(doc.title)}</rdf:li></rdf:Alt></dc:title>
  <dc:creator><rdf:Seq><rdf:li>${text(doc.author)}</rdf:li></rdf:Seq></dc:creator>
  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${text(doc.subject)}</rdf:li></rdf:Alt></dc:description>
  <dc:date><rdf:Seq><rdf:li>${doc.meetingDate}</rdf:li></rdf:Seq></dc:date>
  <dc:language><rdf:Bag><rdf:li>it-IT</rdf:li></rdf:Bag></dc:language>
  <dc:identifier>${text(doc.documentId)}</dc:identifier>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
  <pdf:Producer>${PRODUCER}</pdf:Producer>
  <pdf:Keywords>verbale</pdf:Keywords>
</rdf:Description>`;
}
