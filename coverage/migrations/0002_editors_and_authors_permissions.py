"""Live entries for the newsroom's roles: Editors manage them, Authors add."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Editors": ["add_liveentry", "change_liveentry", "delete_liveentry",
                "view_liveentry", "view_breaking", "view_livecoverage"],
    "Authors": ["add_liveentry", "change_liveentry", "delete_liveentry",
                "view_liveentry"],
}  # fmt: skip


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations ran; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="coverage", codename__in=codenames
            )
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GRANTS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="coverage")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("coverage", "0001_initial"),
        ("articles", "0004_editors_and_authors_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
