import pytest

from tests.factories import DocumentFactory, ReviewerFactory, UserFactory, make_claim


@pytest.fixture
def reviewer(db):
    return ReviewerFactory()


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def other_reviewer(db):
    return ReviewerFactory()


@pytest.fixture
def superuser(db):
    return UserFactory(is_superuser=True)


@pytest.fixture
def document(db):
    return DocumentFactory()


@pytest.fixture
def money_claim(document):
    """`5000억달러(약 720조원)`: two quantities that state the same amount."""
    return make_claim(
        document,
        quantities=[
            ("5000억달러", "500000000000", "USD", "money"),
            ("720조원", "720000000000000", "KRW", "money"),
        ],
    )


@pytest.fixture
def quote_claim(document):
    return make_claim(
        document,
        "18개월마다 비용이 절반으로 줄어들고 있다",
        attribution="direct",
        speaker="샘 올트먼",
        speaker_at="올트먼",
        quantities=[("18개월", "18", "month", "duration"), ("절반", "0.5", "times", "multiplier")],
    )
