"""Create the simple pages every news site has; editors change them later."""

from django.db import migrations

PAGES = [
    (
        "/about/",
        "About us",
        "<p>Portal is an independent news site covering Ukraine and the world "
        "around the clock. Our newsroom works from Kyiv, with correspondents in "
        "Lviv, Odesa and Kharkiv.</p>"
        "<h2>Our standards</h2>"
        "<p>We name our sources, separate news from opinion, and correct our "
        "mistakes openly: every correction is noted on the article it changes, "
        "with the time it was made.</p>"
        "<p>All articles on this demonstration site are fictional.</p>",
    ),
    (
        "/contacts/",
        "Contacts",
        '<p>Newsroom: <a href="mailto:newsroom@example.org">newsroom@example.org</a></p>'
        '<p>Corrections: <a href="mailto:corrections@example.org">'
        "corrections@example.org</a></p>"
        '<p>Advertising: <a href="mailto:ads@example.org">ads@example.org</a></p>',
    ),
    (
        "/privacy/",
        "Privacy",
        "<p>Readers do not need an account, and public pages set no cookies.</p>"
        "<h2>The live counter</h2>"
        "<p>To count visitors online, your browser keeps a random identifier in "
        "its local storage and sends it while a page is open. It is not linked "
        "to you, is not shared, and is forgotten within a minute after you "
        "leave.</p>"
        "<h2>Server logs</h2>"
        "<p>Our servers log requests for security and are kept for 14 days.</p>",
    ),
]


def create_pages(apps, schema_editor):
    FlatPage = apps.get_model("flatpages", "FlatPage")
    Site = apps.get_model("sites", "Site")
    site, _ = Site.objects.get_or_create(
        pk=1, defaults={"domain": "127.0.0.1:8000", "name": "Portal"}
    )
    for url, title, content in PAGES:
        page, created = FlatPage.objects.get_or_create(
            url=url, defaults={"title": title, "content": content}
        )
        page.sites.add(site)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("flatpages", "0001_initial"),
        ("sites", "0002_alter_domain_unique"),
    ]

    operations = [migrations.RunPython(create_pages, migrations.RunPython.noop)]
