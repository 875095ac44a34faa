"""StreamField blocks shared by every page type (content pages, lessons, later webinars)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    size = blocks.ChoiceBlock(label=_("Size"), choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = _("Image with caption")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")


class KeyTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=200)
    definition = blocks.RichTextBlock(label=_("Definition"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "tag"
        template = "blocks/key_term_block.html"
        label = _("Key term")


class CaseScenarioBlock(blocks.StructBlock):
    """A worked example: a realistic situation, the question it raises, and the reasoned answer."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    situation = blocks.RichTextBlock(label=_("Situation"), features=RICH_TEXT_FEATURES)
    question = blocks.CharBlock(label=_("Question"), required=False, max_length=300)
    answer = blocks.RichTextBlock(label=_("Worked answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "user"
        template = "blocks/case_scenario_block.html"
        label = _("Worked example / case scenario")


class VideoEmbedBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/video_embed_block.html"
        label = _("Video")


class LegalProvisionBlock(blocks.StructBlock):
    """Cites one article of a LegalAct; the act's status flags pages for review when it changes."""

    act = SnippetChooserBlock("cms.LegalAct", label=_("Legal act"))
    article = blocks.CharBlock(label=_("Article"), max_length=100, help_text=_("For example: Article 13(3)."))
    excerpt = blocks.TextBlock(label=_("Short excerpt or paraphrase"), max_length=1000)

    class Meta:
        icon = "doc-full"
        template = "blocks/legal_provision_block.html"
        label = _("Legal provision")


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=100)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External URL"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter a URL, not both."))}
            )
        return value


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Rich text"), icon="pilcrow", features=RICH_TEXT_FEATURES)
    image = CaptionedImageBlock()
    callout = CalloutBlock()
    key_term = KeyTermBlock()
    case = CaseScenarioBlock()
    video = VideoEmbedBlock()
    legal_provision = LegalProvisionBlock()


class VariantStreamBlock(blocks.StreamBlock):
    """The content of one version (plain or detailed) of an adapted passage."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Rich text"), icon="pilcrow", features=RICH_TEXT_FEATURES)
    callout = CalloutBlock()
    key_term = KeyTermBlock()
    case = CaseScenarioBlock()
    legal_provision = LegalProvisionBlock()


class AdaptiveBlock(blocks.StructBlock):
    """One passage in a plain-language and a detailed version; the tutor picks one per learner
    (their stated preference, else plain while they struggle with the lesson's skills)."""

    plain = VariantStreamBlock(label=_("Plain version"), help_text=_("Short sentences, everyday words."))
    detailed = VariantStreamBlock(label=_("Detailed version"), help_text=_("The standard text, with legal detail."))

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/adaptive_block.html"
        label = _("Plain and detailed versions")


class LessonStreamBlock(BaseStreamBlock):
    """Lesson bodies: the shared blocks plus passages adapted to the learner."""

    adaptive = AdaptiveBlock()
