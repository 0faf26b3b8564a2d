"""What makes a dossier readable in twenty years: PDF/A-2b parts ReportLab does not write itself.

ReportLab writes the document information dictionary, embeds and subsets the TrueType fonts
and sets the catalogue's /Lang; this module adds, just before the file is written:

* an XMP metadata stream (uncompressed, as PDF/A wants it readable without a PDF parser) whose
  title, author, subject, keywords, creator tool, producer and dates are the very strings of
  the information dictionary (PDF/A-2 6.6.3 requires them to agree), with the case number as
  ``dc:identifier``, the label language as ``dc:language`` and the PDF/A identification
  (part 2, conformance B);
* an sRGB output intent with its ICC profile embedded (made by LittleCMS through Pillow, so no
  profile file of unknown licence is shipped), which makes DeviceRGB and DeviceGray colour
  device-independent as PDF/A requires.

docs/dossier.md ("Archival") lists each PDF/A rule and how it is checked.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfbase.pdfdoc import format as pdf_format

import app

__all__ = ["ArchivalInfo", "CREATOR", "PRODUCER", "add_archival_parts", "srgb_profile"]

PRODUCER = f"Izdeu {app.__version__} (ReportLab)"
CREATOR = f"Izdeu {app.__version__}"
_SRGB = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class ArchivalInfo:
    """What the XMP packet says beyond the information dictionary (already redacted text)."""

    case_number: str
    lang: str  # BCP 47, also the catalogue's /Lang
    producer: str = PRODUCER


@functools.cache
def srgb_profile() -> bytes:
    """The ICC profile of the sRGB output intent (LittleCMS's built-in sRGB, 588 bytes)."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


class _UnfilteredStream(PDFStream):
    """A stream written as it is, without ReportLab's ``/Filter []`` for an empty filter list."""

    def format(self, document: Any) -> bytes:
        dictionary = PDFDictionary(self.dictionary.dict.copy())
        content = document.encrypt.encode(self.content)
        dictionary["Length"] = len(content)
        return bytes(
            pdf_format(dictionary, document) + b"\nstream\n" + pdf_format(content, document) + b"endstream\n"
        )


def _xmp_date(stamp: Any) -> str:
    yyyy, mm, dd, hh, mi, ss = stamp.YMDhms
    return f"{yyyy:04d}-{mm:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}{stamp.dhh:+03d}:{stamp.dmm:02d}"


def _xmp(doc: Any, info: ArchivalInfo) -> bytes:
    meta = doc.info
    date = _xmp_date(doc._timeStamp)

    def e(value: str) -> str:
        return escape(str(value), {'"': "&quot;"})

    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{e(meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:identifier>{e(info.case_number)}</dc:identifier>
<dc:language><rdf:Bag><rdf:li>{e(info.lang)}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>{e(meta.keywords)}</pdf:Keywords>
<pdf:Producer>{e(meta.producer)}</pdf:Producer>
<xmp:CreatorTool>{e(meta.creator)}</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:MetadataDate>{date}</xmp:MetadataDate>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def add_archival_parts(canvas: Any, info: ArchivalInfo) -> None:
    """Add the XMP stream and the sRGB output intent to the canvas's document (before save)."""
    doc = canvas._doc
    doc.info.producer = info.producer
    doc.info.creator = CREATOR
    xmp = _UnfilteredStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), _xmp(doc, info)
    )
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(_SRGB),
            "Info": PDFString(_SRGB),
            "RegistryName": PDFString("http://www.color.org"),
            "DestOutputProfile": doc.Reference(profile),
        }
    )
    catalog = doc.Catalog
    catalog.Metadata = xmp
    catalog.OutputIntents = PDFArray([intent])
    # PDFCatalog writes only the keys it lists; the output intent is not among them.
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
