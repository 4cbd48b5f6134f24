"""Create the default "Corruption complaint officers" group (empty).

Why: only members of this group (or of the group chosen in a site's complaint
settings) can read corruption complaint cases; it must exist before anyone can be
added to it. Nobody is added automatically.
"""

from django.db import migrations

OFFICER_GROUP_NAME = "Corruption complaint officers"


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.get_or_create(name=OFFICER_GROUP_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("complaints", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
