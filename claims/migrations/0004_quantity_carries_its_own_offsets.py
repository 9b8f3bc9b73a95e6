"""A quantity carries its own offsets, exact text and context instead of pointing at a
span row of its own: one row per quantity instead of two (ingest writes a third fewer
rows), and no join to read where a quantity is written. The quantity spans' values move
onto their quantities, then those spans go."""

import django.db.models.deletion
from django.db import migrations, models

ANCHOR_FIELDS = ("start", "end", "exact", "prefix", "suffix")


def settle_deferred_checks(schema_editor):
    """PostgreSQL refuses to alter a table whose deferred foreign-key checks are still
    pending in the transaction ("pending trigger events"): run them now."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def copy_offsets_from_spans(apps, schema_editor):
    Quantity = apps.get_model("claims", "Quantity")
    for quantity in Quantity.objects.select_related("span").iterator(chunk_size=2000):
        for name in ANCHOR_FIELDS:
            setattr(quantity, name, getattr(quantity.span, name))
        quantity.save(update_fields=ANCHOR_FIELDS)
    Quantity.objects.update(span=None)  # else deleting the spans would cascade to them
    apps.get_model("claims", "Span").objects.filter(role="quantity").delete()
    settle_deferred_checks(schema_editor)


def copy_offsets_to_spans(apps, schema_editor):
    Quantity = apps.get_model("claims", "Quantity")
    Span = apps.get_model("claims", "Span")
    for quantity in Quantity.objects.iterator(chunk_size=2000):
        quantity.span = Span.objects.create(
            claim_id=quantity.claim_id,
            role="quantity",
            **{name: getattr(quantity, name) for name in ANCHOR_FIELDS},
        )
        quantity.save(update_fields=["span"])
    settle_deferred_checks(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0003_fewer_redundant_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="quantity",
            name="start",
            field=models.PositiveIntegerField(default=0, verbose_name="start"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="quantity",
            name="end",
            field=models.PositiveIntegerField(default=0, verbose_name="end"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="quantity",
            name="exact",
            field=models.TextField(default="", verbose_name="exact text"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="quantity",
            name="prefix",
            field=models.CharField(blank=True, max_length=32, verbose_name="prefix"),
        ),
        migrations.AddField(
            model_name="quantity",
            name="suffix",
            field=models.CharField(blank=True, max_length=32, verbose_name="suffix"),
        ),
        # Reversible while the span field still exists: backwards, spans are made again
        # before it is dropped.
        migrations.AlterField(
            model_name="quantity",
            name="span",
            field=models.OneToOneField(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="quantity",
                to="claims.span",
                verbose_name="span",
            ),
        ),
        migrations.RunPython(copy_offsets_from_spans, copy_offsets_to_spans),
        migrations.RemoveField(
            model_name="quantity",
            name="span",
        ),
        migrations.RemoveConstraint(
            model_name="span",
            name="span_role_valid",
        ),
        migrations.AlterField(
            model_name="span",
            name="role",
            field=models.CharField(
                choices=[
                    ("statement", "statement"),
                    ("speaker", "speaker"),
                    ("cue", "reporting cue"),
                ],
                max_length=16,
                verbose_name="role",
            ),
        ),
        migrations.AddConstraint(
            model_name="span",
            constraint=models.CheckConstraint(
                condition=models.Q(("role__in", ["statement", "speaker", "cue"])),
                name="span_role_valid",
            ),
        ),
        migrations.AlterField(
            model_name="quantity",
            name="claim",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="quantities",
                to="claims.claim",
                verbose_name="claim",
            ),
        ),
        migrations.AddConstraint(
            model_name="quantity",
            constraint=models.CheckConstraint(
                condition=models.Q(("start__lte", models.F("end"))),
                name="quantity_start_not_after_end",
            ),
        ),
        migrations.AddConstraint(
            model_name="quantity",
            constraint=models.UniqueConstraint(
                fields=("claim", "start", "end"), name="quantity_unique_per_claim"
            ),
        ),
    ]
