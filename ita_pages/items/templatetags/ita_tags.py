"""Template helpers for the ITA section: block values, QR codes and the homepage link.

Why: every shape renders through one struct template, so the formatting of each kind
of value (baht, Thai dates, chosen labels, images, documents) lives here once, and
the homepage (owned by another app) only needs ``{% ita_link %}``.
"""

from __future__ import annotations

import io

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from ita_pages.items.blocks.fields import BahtBlock
from ita_pages.items.templatetags.thai_dates import thai_date

register = template.Library()


def render_value(block, value, context=None) -> str:
    """Safe HTML for one child value (escaped), formatted by the kind of block."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(block, blocks.StructBlock):
        return block.render(value, context)
    if isinstance(block, blocks.ListBlock):
        items = [render_value(block.child_block, v, context) for v in value]
        return format_html("<ol>{}</ol>", format_html_join("", "<li>{}</li>", ((i,) for i in items)))
    if isinstance(block, ImageChooserBlock):
        rendition = value.get_rendition("max-480x480")
        return format_html(
            '<img src="{}" alt="{}" width="{}" height="{}">',
            rendition.url,
            value.title,
            rendition.width,
            rendition.height,
        )
    if isinstance(block, DocumentChooserBlock):
        return format_html('<a href="{}">{}</a> ({})', value.url, value.title, value.file_extension.upper())
    if isinstance(block, BahtBlock):
        return format_html("{} {}", number_format(value, 2, force_grouping=True), _("baht"))
    if isinstance(block, blocks.DateBlock):
        return format_html("{}", thai_date(value))
    if isinstance(block, blocks.ChoiceBlock):
        return format_html("{}", dict(block.field.choices).get(value, value))
    if isinstance(block, blocks.URLBlock):
        return format_html('<a href="{}" rel="noopener">{}</a>', value, value)
    if isinstance(block, blocks.RichTextBlock) or isinstance(value, RichText):
        return block.render(value, context)
    if isinstance(block, blocks.TextBlock):
        return linebreaksbr(value, autoescape=True)
    return format_html("{}", value)


@register.simple_tag(takes_context=True)
def ita_struct(context, value):
    """Render a StructValue as a labelled definition list, skipping empty optional children."""
    rows = []
    for name, child_block in value.block.child_blocks.items():
        html = render_value(child_block, value.get(name), context.flatten())
        if html:
            rows.append((child_block.label, html, name))
    return format_html_join("", '<div class="ita-field ita-field--{2}"><dt>{0}</dt><dd>{1}</dd></div>', rows)


@register.simple_tag
def qr_svg(data: str, title: str = "") -> str:
    """An inline SVG QR code (O28 complaint channel, O43 EIT survey); no external service."""
    import qrcode
    import qrcode.image.svg

    if not data:
        return ""
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode("utf-8")
    svg = svg[svg.index("<svg") :]
    drawing = mark_safe(svg)  # noqa: S308 - SVG made by qrcode
    return format_html('<figure class="qr" role="img" aria-label="{}">{}</figure>', title or data, drawing)


@register.inclusion_tag("ita_pages/includes/ita_link.html", takes_context=True)
def ita_link(context):
    """The homepage link to the site's ITA index for its assessment year, in the page's language."""
    from ita_pages.core.catalogue import registry
    from ita_pages.items.models import ITAIndexPage

    request = context.get("request")
    page = context.get("page")
    site = getattr(request, "_wagtail_site", None)
    if site is None and request is not None:
        from wagtail.models import Site

        site = Site.find_for_request(request)
    if site is None:
        return {"index": None}
    year = registry.assessment_year(site)
    root = site.root_page
    if page is not None and page.locale_id != root.locale_id:
        root = root.get_translation_or_none(page.locale) or root
    index = ITAIndexPage.objects.live().filter(assessment_year=year).descendant_of(root).first()
    return {"index": index, "year": year, "url": index.get_url(request=request) if index else None}
