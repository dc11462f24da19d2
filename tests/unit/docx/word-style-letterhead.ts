import { strToU8, zipSync } from 'fflate';
import type { WordLetterhead } from '../../../shared/model';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const HEADER_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';

/** A letterhead as Word writes one: US Letter, even-page header, printer settings, its own header style and Normal, an external link. */
export function wordLetterhead(documentRoot = `<w:document xmlns:w="${W}" xmlns:r="${R}">`): WordLetterhead {
  const header = (text: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:pStyle w:val="Intestazione"/></w:pPr><w:hyperlink r:id="rId1"><w:r><w:t>${text}</w:t></w:r></w:hyperlink></w:p><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p></w:hdr>`;
  const link = (target: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/hyperlink" Target="${target}" TargetMode="External"/></Relationships>`;
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"/><Override PartName="/word/header1.xml" ContentType="${HEADER_TYPE}"/><Override PartName="/word/header2.xml" ContentType="${HEADER_TYPE}"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?>${documentRoot}<w:body><w:p/><w:sectPr w:rsidR="00A1"><w:headerReference w:type="default" r:id="rId7"/><w:headerReference w:type="even" r:id="rId8"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="2000" w:right="1000" w:bottom="1500" w:left="1800" w:header="700" w:footer="600" w:gutter="0"/><w:printerSettings r:id="rId9"/><w:cols w:space="708"/></w:sectPr></w:body></w:document>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${R}/header" Target="header1.xml"/><Relationship Id="rId8" Type="${R}/header" Target="/word/header2.xml"/><Relationship Id="rId9" Type="${R}/printerSettings" Target="printerSettings/printerSettings1.bin"/><Relationship Id="rId10" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId11" Type="${R}/settings" Target="settings.xml"/></Relationships>`,
    'word/header1.xml': header('Ufficio di Piano – pagine dispari'),
    'word/_rels/header1.xml.rels': link('https://ufficio.example/'),
    'word/header2.xml': header('Ufficio di Piano – pagine pari'),
    'word/_rels/header2.xml.rels': link('https://ufficio.example/pari'),
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Intestazione"><w:name w:val="header"/><w:basedOn w:val="BaseUfficio"/><w:pPr><w:jc w:val="right"/></w:pPr></w:style><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w:sz w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="BaseUfficio"><w:name w:val="Base ufficio"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style></w:styles>`,
    'word/settings.xml': `<?xml version="1.0" encoding="UTF-8"?><w:settings xmlns:w="${W}"><w:evenAndOddHeaders/></w:settings>`,
    'word/printerSettings/printerSettings1.bin': new Uint8Array([1, 2, 3]),
  };
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content])));
  return { fileName: 'carta.dotx', base64: Buffer.from(bytes).toString('base64') };
}
