"""A claim is its own statement span: its offsets and text were always the statement's,
so the claim keeps the statement's context (prefix, suffix) and the span row that
repeated all of it goes. Spans are left for speakers and reporting cues. Reversible."""

from django.db import migrations, models

CONTEXT_CHARS = 32


def settle_deferred_checks(schema_editor):
    """PostgreSQL refuses to alter a table whose deferred foreign-key checks are still
    pending in the transaction ("pending trigger events"): run them now."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def context_onto_claims(apps, schema_editor):
    """Each claim's context, read from its document as the statement span had it."""
    Claim = apps.get_model("claims", "Claim")
    Document = apps.get_model("claims", "Document")
    for document in Document.objects.only("text").iterator(chunk_size=100):
        text = document.text
        claims = list(Claim.objects.filter(document=document).only("start", "end"))
        for claim in claims:
            claim.prefix = text[max(0, claim.start - CONTEXT_CHARS) : claim.start]
            claim.suffix = text[claim.end : claim.end + CONTEXT_CHARS]
        Claim.objects.bulk_update(claims, ["prefix", "suffix"], batch_size=500)
    apps.get_model("claims", "Span").objects.filter(role="statement").delete()
    settle_deferred_checks(schema_editor)


def statement_spans_from_claims(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    Span = apps.get_model("claims", "Span")
    claims = Claim.objects.only("start", "end", "text", "prefix", "suffix")
    for claim in claims.iterator(chunk_size=2000):
        Span.objects.create(
            claim=claim,
            role="statement",
            start=claim.start,
            end=claim.end,
            exact=claim.text,
            prefix=claim.prefix,
            suffix=claim.suffix,
        )
    settle_deferred_checks(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_checks_as_ored_equalities"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="prefix",
            field=models.CharField(blank=True, max_length=32, verbose_name="prefix"),
        ),
        migrations.AddField(
            model_name="claim",
            name="suffix",
            field=models.CharField(blank=True, max_length=32, verbose_name="suffix"),
        ),
        migrations.RunPython(context_onto_claims, statement_spans_from_claims),
        migrations.RemoveConstraint(
            model_name="span",
            name="span_role_valid",
        ),
        migrations.AlterField(
            model_name="span",
            name="role",
            field=models.CharField(
                choices=[("speaker", "speaker"), ("cue", "reporting cue")],
                max_length=16,
                verbose_name="role",
            ),
        ),
        migrations.AddConstraint(
            model_name="span",
            constraint=models.CheckConstraint(
                condition=models.Q(("role", "speaker"), ("role", "cue"), _connector="OR"),
                name="span_role_valid",
            ),
        ),
    ]
