"""Load the original demo content: sections, topics, authors and articles."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from articles.models import Article, Author, Section, Source, Topic
from articles.slugs import slug_from_headline
from demo import content
from demo.images import draw_hero
from editions.choices import language_of


class Command(BaseCommand):
    help = (
        "Load the demo newsroom (original, fictional content). Running it again "
        "adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already has articles.",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Article.objects.exists():
            self.stdout.write("Articles exist; demo content not loaded.")
            return
        try:
            newsroom, articles = content.newsroom(), content.articles()
        except content.DemoDataError as exc:
            raise CommandError(str(exc)) from None
        with transaction.atomic():
            created = self.load(newsroom, articles)
        self.stdout.write(
            self.style.SUCCESS(f"Demo content loaded: {created} new articles.")
        )

    def load(self, newsroom, articles):
        sections = {}
        for position, item in enumerate(newsroom["sections"]):
            sections[item["slug"]] = _with_ukrainian_names(
                Section.objects.get_or_create(
                    slug=item["slug"],
                    defaults={
                        "name": item["name"],
                        "description": item["description"],
                        "position": position,
                    },
                )[0],
                item,
            )
        topics = {}
        for item in newsroom["topics"]:
            topics[item["slug"]] = _with_ukrainian_names(
                Topic.objects.get_or_create(
                    slug=item["slug"],
                    defaults={"name": item["name"], "description": item["description"]},
                )[0],
                item,
            )

        authors = {}
        for item in newsroom["authors"]:
            authors[item["slug"]], _ = Author.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "name": item["name"],
                    "role": item["role"],
                    "bio": item["bio"],
                },
            )
        sources = {}
        for item in newsroom["sources"]:
            sources[item["name"]], _ = Source.objects.get_or_create(
                name=item["name"], defaults={"url": item["url"]}
            )

        now = timezone.now()
        created = 0
        slugs = {item["key"]: slug_from_headline(item["headline"]) for item in articles}
        # Originals first: a translation joins its original's group.
        for item in sorted(articles, key=lambda item: bool(item.get("translation_of"))):
            slug = slugs[item["key"]]
            if Article.objects.filter(slug=slug).exists():
                continue
            published_at = now - timedelta(hours=item["hours_ago"])
            original = item.get("translation_of")
            article = Article(
                # Files without an edition are sorted by their language.
                edition=item.get("edition") or language_of(item["headline"]),
                headline=item["headline"],
                slug=slug,
                lead=item["lead"],
                body=item["body"],
                section=sections[item["section"]],
                source=sources.get(item["source"]),
                status=Article.Status.PUBLISHED,
                published_at=published_at,
                is_lead_story=item["is_lead"],
                hero_alt=item["hero_alt"],
                hero_caption=item["hero_caption"],
                hero_credit=item["hero_credit"],
            )
            if item["correction"]:
                article.correction = item["correction"]
                article.updated_at = min(now, published_at + timedelta(hours=3))
            if original:
                article.translation_key = Article.objects.get(
                    slug=slugs[original]
                ).translation_key
            article.hero_image.save(
                f"{slug[:60]}.jpg",
                # A translation shows its original's picture.
                ContentFile(draw_hero(original or item["key"], item["section"])),
                save=False,
            )
            # FieldFile.save() does not fill width_field/height_field; left
            # empty, Django would open and parse the image every time an
            # article is loaded (post_init), on every uncached page.
            Article._meta.get_field("hero_image").update_dimension_fields(
                article, force=True
            )
            article.save()
            article.topics.set([topics[t] for t in item["topics"]])
            article.authors.set([authors[a] for a in item["authors"]])
            created += 1
        # Two of them are live stories (the coverage app's demo entries).
        from coverage.demo import load_live_stories

        load_live_stories(now=now)
        return created


def _with_ukrainian_names(listing, item):
    """Fill a section's or topic's Ukrainian name and description if empty."""
    changed = False
    for field in ("name_uk", "description_uk"):
        if item.get(field) and not getattr(listing, field):
            setattr(listing, field, item[field])
            changed = True
    if changed:
        listing.save(update_fields=["name_uk", "description_uk"])
    return listing
