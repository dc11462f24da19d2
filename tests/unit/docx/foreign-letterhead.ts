import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WordLetterhead } from '../../../shared/model';
import { TINY_PNG_BASE64 } from './fixture-document';
import { convertWithLibreOffice } from './libreoffice';

/** What the office's letterhead prints: its header, its footer and its page (A4, margins no verbale of ours has). */
export const FOREIGN = {
  header: 'COMUNITÀ DI VALLE CHIARA – UFFICIO DI PIANO',
  footer: 'Piazza Municipio 7, Valle Chiara – PEC protocollo@pec.vallechiara.example – C.F. 80012345678',
  /** In centimetres, as the flat ODT states them. */
  marginLeftCm: 3.4,
  marginRightCm: 1.6,
  imageName: 'Stemma',
};

/** A flat ODT with a header (an image and a line) and a footer, on A4 with unusual margins; a first page with its own header when asked. */
const flatOdt = (firstPageHeader: string | null) => `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:automatic-styles>
  <style:style style:name="Centro" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1cm"
    fo:margin-left="${FOREIGN.marginLeftCm}cm" fo:margin-right="${FOREIGN.marginRightCm}cm" style:print-orientation="portrait"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header>
    <text:p text:style-name="Centro"><draw:frame draw:name="${FOREIGN.imageName}" text:anchor-type="as-char" svg:width="3cm" svg:height="1.5cm"><draw:image><office:binary-data>${TINY_PNG_BASE64}</office:binary-data></draw:image></draw:frame></text:p>
    <text:p text:style-name="Centro">${FOREIGN.header}</text:p>
   </style:header>${firstPageHeader === null ? '' : `
   <style:header-first><text:p text:style-name="Centro">${firstPageHeader}</text:p></style:header-first>`}
   <style:footer><text:p text:style-name="Centro">${FOREIGN.footer}</text:p></style:footer>${firstPageHeader === null ? '' : `
   <style:footer-first><text:p text:style-name="Centro">${FOREIGN.footer}</text:p></style:footer-first>`}
  </style:master-page>
 </office:master-styles>
 <office:body><office:text><text:p>Carta intestata</text:p></office:text></office:body>
</office:document>
`;

/**
 * The office's Word letterhead as LibreOffice writes it (never by our DOCX library), as a document (.docx) or a
 * template (.dotx): written in `dir` and read back.
 */
export function libreOfficeLetterhead(dir: string, options: { format?: 'docx' | 'dotx'; firstPageHeader?: string } = {}): WordLetterhead {
  const format = options.format ?? 'docx';
  const name = `carta-intestata-${format}${options.firstPageHeader ? '-prima-pagina' : ''}`;
  writeFileSync(join(dir, `${name}.fodt`), flatOdt(options.firstPageHeader ?? null));
  const filter = format === 'dotx' ? 'dotx:MS Word 2007 XML Template' : 'docx';
  const conversion = convertWithLibreOffice(filter, [join(dir, `${name}.fodt`)], dir);
  if (conversion.status !== 0) throw new Error(`LibreOffice non ha creato la carta intestata: ${conversion.stderr}`);
  return { fileName: `${name}.${format}`, base64: readFileSync(join(dir, `${name}.${format}`)).toString('base64') };
}
