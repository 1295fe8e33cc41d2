"""
Each edition has its own simple pages: /about/ is Ukrainian, /en/about/
English.

The pages from 0002 (and any other page an editor wrote in English at an
unprefixed address) move to the same address under /en/, unless a page is
there already; then the Ukrainian pages are created at the addresses 0002
used, where nothing is left. Nothing is deleted.
"""

from django.db import migrations

CYRILLIC = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ")

UKRAINIAN_PAGES = [
    (
        "/about/",
        "Про нас",
        "<p>Портал — незалежне новинне видання, яке цілодобово розповідає про "
        "Україну та світ. Редакція працює в Києві, а кореспонденти — у Львові, "
        "Одесі та Харкові.</p>"
        "<h2>Наші стандарти</h2>"
        "<p>Ми називаємо джерела, відокремлюємо новини від думок і відкрито "
        "виправляємо помилки: кожне виправлення позначене в статті, яку воно "
        "змінює, разом із часом, коли його внесено.</p>"
        "<p>Усі статті на цьому демонстраційному сайті вигадані.</p>",
    ),
    (
        "/contacts/",
        "Контакти",
        '<p>Редакція: <a href="mailto:newsroom@example.org">newsroom@example.org</a></p>'
        '<p>Виправлення: <a href="mailto:corrections@example.org">'
        "corrections@example.org</a></p>"
        '<p>Реклама: <a href="mailto:ads@example.org">ads@example.org</a></p>',
    ),
    (
        "/privacy/",
        "Конфіденційність",
        "<p>Читачам не потрібен обліковий запис, а публічні сторінки не "
        "встановлюють кукі.</p>"
        "<h2>Лічильник відвідувачів</h2>"
        "<p>Щоб рахувати відвідувачів онлайн, ваш браузер зберігає випадковий "
        "ідентифікатор у локальному сховищі й надсилає його, поки сторінка "
        "відкрита. Він не пов’язаний із вами, нікому не передається і "
        "забувається за хвилину після того, як ви підете.</p>"
        "<h2>Журнали сервера</h2>"
        "<p>Наші сервери записують запити з міркувань безпеки; журнали "
        "зберігаються 14 днів.</p>",
    ),
]


def _is_ukrainian(text):
    letters = [c for c in text.lower() if c.isalpha()]
    return bool(letters) and sum(c in CYRILLIC for c in letters) * 2 > len(letters)


def sort_pages(apps, schema_editor):
    FlatPage = apps.get_model("flatpages", "FlatPage")
    Site = apps.get_model("sites", "Site")
    for page in FlatPage.objects.exclude(url__startswith="/en/"):
        if page.url == "/" or _is_ukrainian(f"{page.title} {page.content}"):
            continue
        moved = "/en" + page.url
        if not FlatPage.objects.filter(url=moved).exists():
            page.url = moved
            page.save(update_fields=["url"])
    site = Site.objects.filter(pk=1).first()
    for url, title, content in UKRAINIAN_PAGES:
        page, created = FlatPage.objects.get_or_create(
            url=url, defaults={"title": title, "content": content}
        )
        if created and site is not None:
            page.sites.add(site)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_search_per_edition"),
        ("flatpages", "0001_initial"),
        ("sites", "0002_alter_domain_unique"),
    ]

    operations = [
        migrations.RunPython(sort_pages, migrations.RunPython.noop, elidable=False)
    ]
