"""factory_boy factories for the newsroom."""

from datetime import timedelta

import factory
from django.utils import timezone

from articles.models import Article, Author, Section, Source, Topic


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Author {n}")
    slug = factory.Sequence(lambda n: f"author-{n}")
    role = "Correspondent"


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Agency {n}")
    url = factory.Sequence(lambda n: f"https://agency-{n}.example.org/")


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article, an hour old unless told otherwise."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    headline = factory.Sequence(lambda n: f"Headline number {n} about the news")
    lead = "A lead paragraph that sums the story up in one sentence."
    body = (
        "<h2>What happened</h2><p>First paragraph.</p>"
        "<h2>What comes next</h2><p>Second paragraph.</p>"
    )
    section = factory.SubFactory(SectionFactory)
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))

    class Params:
        # ArticleFactory(with_hero=True): a small JPEG hero image.
        with_hero = factory.Trait(
            hero_image=factory.django.ImageField(
                filename="hero.jpg", format="JPEG", width=64, height=36
            ),
            hero_alt="A test picture",
        )

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if create and extracted:
            self.authors.set(extracted)


class UserFactory(factory.django.DjangoModelFactory):
    """A staff user in ``groups`` (names), with the password "secret-pass-1"."""

    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    is_staff = True
    password = factory.django.Password("secret-pass-1")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            from django.contrib.auth.models import Group

            self.groups.set(Group.objects.filter(name__in=extracted))
