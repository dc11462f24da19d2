import { DomainError } from '../../../shared/api/errors';
import { attribute, elements } from '../docx/ooxml';
import type { LetterheadPart, ParsedLetterhead } from '../docx/word-letterhead';
import { openImage, type Logo } from './blocks';
import type { PdfContext } from './context';
import { pdfaLogo } from './logo-image';

/**
 * An office's Word letterhead in the PDF (read by electron/backend/docx/word-letterhead.ts; its page is the file's): of each header and footer its text lines (in our font) and its
 * images (made opaque as the logo is). Which header a page gets follows Word: the first-page one on page 1 when the
 * section asks for it (w:titlePg), the even one on even pages when the settings ask for it, the default otherwise.
 */

/** What one page's header or footer prints. */
export interface Furniture {
  images: Logo[];
  lines: readonly string[];
}

const EMU_PER_POINT = 12_700;

const isOn = (element: string | undefined) => element !== undefined && !['0', 'false', 'off'].includes(attribute(element, 'w:val') ?? 'true');

function refused(path: string, error: DomainError): DomainError {
  const why = error.code === 'LOGO_CMYK' ? 'è un JPEG in quadricromia (CMYK)' : 'ha una trasparenza';
  return new DomainError('LETTERHEAD_IMAGE', `Un'immagine della carta intestata Word (${path}) ${why}, che il PDF/A non può contenere.`, [
    'Salvare l\'immagine nella carta intestata come PNG senza trasparenza o JPEG in RGB e caricare di nuovo la carta intestata.',
  ]);
}

/** The part's pictures (w:drawing), each at the size the letterhead gives it; one opened image per file however many pages draw it. */
function imagesOf(ctx: PdfContext, part: LetterheadPart, letterhead: ParsedLetterhead, opened: Map<string, object>): Logo[] {
  return elements(part.xml, 'w:drawing').flatMap((drawing) => {
    const extent = elements(drawing, 'wp:extent')[0];
    const blip = elements(drawing, 'a:blip')[0];
    const path = part.relationships.find((relationship) => relationship.id === (blip && attribute(blip, 'r:embed')))?.path;
    const media = path ? letterhead.media.get(path) : undefined;
    if (!extent || !path || !media) return [];
    if (media.contentType !== 'image/png' && media.contentType !== 'image/jpeg') {
      throw new DomainError('LETTERHEAD_IMAGE', `Un'immagine della carta intestata Word (${path}) è in un formato che il PDF/A di Verbalizza non sa includere.`, [
        'Salvare l\'immagine nella carta intestata come PNG o JPEG e caricare di nuovo la carta intestata.',
      ]);
    }
    let image = opened.get(path);
    if (!image) {
      try {
        image = openImage(ctx.pdf, pdfaLogo(Buffer.from(media.bytes), media.contentType));
      } catch (error) {
        throw error instanceof DomainError ? refused(path, error) : error;
      }
      opened.set(path, image);
    }
    return [{ image, width: Number(attribute(extent, 'cx')) / EMU_PER_POINT, height: Number(attribute(extent, 'cy')) / EMU_PER_POINT }];
  });
}

export interface PdfLetterhead {
  /** Every header and footer the letterhead can print, for the room they take. */
  headers: Furniture[];
  footers: Furniture[];
  /** The header and footer of page `pageNumber` (1-based). */
  headerOf(pageNumber: number): Furniture;
  footerOf(pageNumber: number): Furniture;
}

export function wordLetterhead(ctx: PdfContext, letterhead: ParsedLetterhead): PdfLetterhead {
  const firstPage = isOn(elements(letterhead.sectionXml, 'w:titlePg')[0]);
  const opened = new Map<string, object>();
  const furniture = (element: LetterheadPart['element']) => {
    const byType = new Map(
      letterhead.parts.filter((part) => part.element === element).map((part) => [part.type, { images: imagesOf(ctx, part, letterhead, opened), lines: part.lines }]),
    );
    const none: Furniture = { images: [], lines: [] };
    const of = (pageNumber: number): Furniture => {
      if (pageNumber === 1 && firstPage) return byType.get('first') ?? none;
      if (pageNumber % 2 === 0 && letterhead.evenAndOddHeaders) return byType.get('even') ?? none;
      return byType.get('default') ?? none;
    };
    return { all: [...byType.values()], of };
  };
  const headers = furniture('headerReference');
  const footers = furniture('footerReference');
  return { headers: headers.all, footers: footers.all, headerOf: headers.of, footerOf: footers.of };
}
