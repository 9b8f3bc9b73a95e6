"""Options shared by the desk's admin pages."""

from django.db import models

CSS = {"all": ["claims/admin.css"]}
# Links pasted without a scheme are web addresses; say so now rather than when Django 6
# changes the default.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}
