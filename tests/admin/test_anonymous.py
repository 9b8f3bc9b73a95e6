"""Anonymous visitors are sent to the login page from every admin and export URL."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.factories import make_claim

pytestmark = pytest.mark.django_db


def admin_paths(claim) -> list[str]:
    """Every admin URL of the site, object URLs filled with a real claim's ids."""
    ids = {
        "claim": claim.pk,
        "document": claim.document_id,
        "span": claim.spans.get().pk,
        "quantity": claim.quantities.first().pk,
        "evidence": 1,
        "group": 1,
        "user": 1,
    }
    paths = []

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and route.startswith("^admin/") is False:
                path = route.replace("^", "").replace("$", "")
                if not path.startswith("admin/") or "(?P" in path or "\\" in path:
                    continue
                model = next((m for m in ids if f"/{m}/" in path), None)
                for key in (
                    "<path:object_id>",
                    "<int:object_id>",
                    "<id>",
                    "<path:content_type_id>",
                ):
                    path = path.replace(key, str(ids.get(model, 1)))
                if "<" in path:
                    continue
                paths.append("/" + path)

    walk(get_resolver().url_patterns, "")
    return sorted(set(paths))


def test_every_admin_url_redirects_to_login(client):
    claim = make_claim(
        quantities=[("5000억달러", "500000000000", "USD", "money")], speaker_at="올트먼"
    )
    paths = admin_paths(claim)
    assert len(paths) > 30
    assert any("export" in p for p in paths)
    for path in paths:
        if path.startswith(("/admin/login", "/admin/logout", "/admin/jsi18n")):
            continue
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/admin/login/"), path
