import pytest
from django.urls import reverse


def change_url(claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def change_form_data(client, claim, **changes) -> dict:
    """The claim page's form as the browser would send it, with `changes` applied."""
    response = client.get(change_url(claim))
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management[name].value()
        for i, inline_form in enumerate(formset.formset.forms):
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value is not None:
                    data[f"{formset.formset.prefix}-{i}-{name}"] = value
    data.update(changes)
    return data


@pytest.fixture
def post_change(reviewer_client):
    def post(claim, **changes):
        return reviewer_client.post(
            change_url(claim), change_form_data(reviewer_client, claim, **changes)
        )

    return post
