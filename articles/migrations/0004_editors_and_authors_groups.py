"""The newsroom's two roles, as groups with permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = {
    "article": ["add", "change", "view", "publish"],
    "historicalarticle": ["view"],
    "image": ["add", "change", "view"],
    "section": ["add", "change", "view"],
    "topic": ["add", "change", "view"],
    "author": ["add", "change", "view"],
    "source": ["add", "change", "view"],
}
AUTHORS = {
    "article": ["add", "change", "view"],
    "historicalarticle": ["view"],
    "image": ["add", "view"],
    "section": ["view"],
    "topic": ["view"],
    "author": ["view"],
    "source": ["view"],
}


def _codename(action, model):
    return "publish_article" if action == "publish" else f"{action}_{model}"


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations ran; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in (("Editors", EDITORS), ("Authors", AUTHORS)):
        group, _ = Group.objects.get_or_create(name=name)
        codenames = [
            _codename(action, model)
            for model, actions in grants.items()
            for action in actions
        ]
        group.permissions.set(
            Permission.objects.filter(
                content_type__app_label="articles", codename__in=codenames
            )
        )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Editors", "Authors"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_editing_history_and_images"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
