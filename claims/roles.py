"""The desk's roles and what each may do: the one source of `fixtures/roles.json` and of
the demo reviewer's rights.

- 열람자 (viewer): reads everything, changes nothing.
- 검토자 (reviewer): changes claims, keeps evidence, exports.
- 데스크 (desk editor): everything on claims, plus import, re-extract and assigning others.
"""

VIEWER, REVIEWER, DESK = "열람자", "검토자", "데스크"
MODELS = ["document", "claim", "span", "quantity", "evidence"]

_VIEW = [f"view_{model}" for model in MODELS]
ROLE_PERMISSIONS: dict[str, list[str]] = {
    VIEWER: _VIEW,
    REVIEWER: [*_VIEW, "change_claim", "add_evidence", "change_evidence", "export_claim"],
    DESK: [
        *(
            f"{action}_{model}"
            for model in MODELS
            for action in ("add", "change", "delete", "view")
        ),
        "export_claim",
        "import_claim",
        "assign_claim",
        "reextract_document",
    ],
}
APP_LABEL = "claims"
