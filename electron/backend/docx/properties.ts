import type { VerbaleDocument } from '../../../shared/verbale/document';
import { xmlSafe } from './xml-text';

/** Names of the custom properties that let a later copy be matched to the record. */
export const DOCUMENT_ID_PROPERTY = 'VerbalizzaDocumentId';
export const CONTENT_HASH_PROPERTY = 'VerbalizzaContentSha256';

function description(doc: VerbaleDocument, contentHash: string): string {
  return `${doc.subject}. ${doc.title}. Identificativo ${doc.documentId}; impronta SHA-256 del contenuto ${contentHash}.`;
}

/** The properties docx writes (docProps/custom.xml), through the same guard as the body's text. */
export function documentProperties(doc: VerbaleDocument, contentHash: string) {
  return {
    title: xmlSafe(doc.title),
    subject: xmlSafe(doc.subject),
    creator: xmlSafe(doc.author),
    lastModifiedBy: xmlSafe(doc.author),
    description: xmlSafe(description(doc, contentHash)),
    customProperties: [
      { name: DOCUMENT_ID_PROPERTY, value: xmlSafe(doc.documentId) },
      { name: CONTENT_HASH_PROPERTY, value: contentHash },
    ],
  };
}

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * docProps/core.xml written by us rather than by docx, which stamps "created" and "modified" with the clock:
 * here both are the meeting date, a fixed value, so exporting the same meeting twice gives the same properties.
 */
export function coreXml(doc: VerbaleDocument, contentHash: string): string {
  const timestamp = `${doc.meetingDate}T00:00:00Z`;
  const element = (name: string, value: string) => `<${name}>${escapeXml(xmlSafe(value))}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', doc.title),
    element('dc:subject', doc.subject),
    element('dc:creator', doc.author),
    element('cp:keywords', 'verbale'),
    element('dc:description', description(doc, contentHash)),
    element('dc:identifier', doc.documentId),
    element('dc:language', 'it-IT'),
    element('cp:lastModifiedBy', doc.author),
    element('cp:revision', String(doc.revision)),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
